package org.policylens.ui.themes;

import java.util.ArrayList;
import java.util.List;
import org.policylens.model.Codebook;
import org.policylens.model.CodedPassage;
import org.policylens.model.CodingSource;
import org.policylens.model.Evidence;
import org.policylens.model.PassageTheme;
import org.policylens.model.Theme;

/** Small codings for the view model tests: two or three documents, three themes. */
final class ThemeCodingFixture {

    static final Codebook CODEBOOK = new Codebook("test", "测试", List.of(
            new Theme("standards", "标准化", "Standardisation", "", null, null),
            new Theme("brand", "品牌建设", "Brand building", "", null, null),
            new Theme("green", "绿色低碳", "Green", "", null, null)));

    private static long nextId = 1;

    private ThemeCodingFixture() {
    }

    /** A passage of {@code length} characters ("标" repeated) carrying the themes, evidence on its first two chars. */
    static CodedPassage passage(String slug, int start, int length, String... codes) {
        List<PassageTheme> themes = new ArrayList<>();
        for (String code : codes) {
            themes.add(new PassageTheme(code, CodingSource.AUTO, 1, List.of(new Evidence("标准", 0, 2, 1))));
        }
        return new CodedPassage(nextId++, slug.hashCode(), slug, start, "", start, start + length,
                "标".repeat(length), themes);
    }

    /**
     * anhui: 100 chars, standards on 40 (2 passages), brand on 10; chengde: 200 chars, standards on 10, green on
     * 100; zhejiang: 50 chars, nothing coded.
     */
    static ThemeCoding sample() {
        return ThemeCoding.of(CODEBOOK, List.of("anhui", "zhejiang", "chengde"), List.of(
                passage("anhui", 0, 20, "standards"),
                passage("anhui", 20, 20, "standards", "brand"),
                passage("anhui", 40, 60),
                passage("zhejiang", 0, 50),
                passage("chengde", 0, 10, "standards"),
                passage("chengde", 10, 100, "green"),
                passage("chengde", 110, 90)));
    }
}
