package org.policylens.export;

/** The sheets of a comparison workbook, in workbook order. */
enum SheetKind {
    ABOUT("sheet.about"),
    DOCUMENTS("sheet.documents"),
    THEME_MATRIX("sheet.themeMatrix"),
    THEME_PASSAGES("sheet.themePassages"),
    TARGET_COMPARISON("sheet.targetComparison"),
    TARGETS("sheet.targets"),
    SUBSIDIES("sheet.subsidies"),
    ANNOTATIONS("sheet.annotations");

    private final String nameKey;

    SheetKind(String nameKey) {
        this.nameKey = nameKey;
    }

    String nameKey() {
        return nameKey;
    }
}
