package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policylens.model.Level;
import org.policylens.model.ParsedDocument;

class HtmlDocumentReaderTest {

    private static final String PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>某某省人民政府关于深化质量强省建设的实施意见_某某省人民政府门户网站</title>
            <script>var tracker = "质量强省 analytics";</script><style>.x{color:red}</style></head>
            <body>
            <div class="header"><a href="/">首页</a> <a href="/zc">政策文件</a></div>
            <div class="nav"><ul><li>首页</li><li>政务公开</li><li>互动交流</li></ul></div>
            <div class="main">
              <h1>某某省人民政府关于深化质量强省建设的实施意见</h1>
              <div class="share">分享到：微信 微博</div>
              <div id="zoom" class="TRS_Editor">
                <p>某政发〔2024〕3号</p>
                <p>各市人民政府,省政府各部门:</p>
                <p>一、总体目标</p>
                <p>到2027年,制造业产品质量合格率稳定在96%以上,新增国家标准50项。</p>
                <p>二、重点任务</p>
                <p>(一)加强标准建设。鼓励企业参与国际标准制定。</p>
                <table><tr><td>奖项</td><td>奖励金额(万元)</td></tr><tr><td>中国质量奖</td><td>100</td></tr></table>
                <p>三、保障措施</p>
                <p>加强组织领导。</p>
                <p>某某省人民政府</p>
                <p>2024年3月1日</p>
              </div>
            </div>
            <div class="footer">版权所有：某某省人民政府办公厅 网站标识码 1234</div>
            </body></html>
            """;

    private final HtmlDocumentReader reader = new HtmlDocumentReader();

    @Test
    void keepsTheArticleAndDropsPageChrome() throws Exception {
        ParsedDocument doc = reader.read(PAGE.getBytes(Charset.forName("GB18030")), "page.html", null);
        assertTrue(doc.text().contains("制造业产品质量合格率稳定在96%以上"), doc.text());
        assertTrue(doc.text().contains("中国质量奖\t100"), doc.text());
        for (String chrome : new String[] {"首页", "政务公开", "分享到", "版权所有", "analytics", "color:red"}) {
            assertFalse(doc.text().contains(chrome), chrome + " in " + doc.text());
        }
        assertEquals(3, doc.sections().stream().filter(s -> s.parent() == -1).count());
        assertEquals("某某省人民政府关于深化质量强省建设的实施意见", doc.metadata().title());
        assertEquals("某政发〔2024〕3号", doc.metadata().docNumber());
        assertEquals(Level.PROVINCE, doc.metadata().level());
    }

    @Test
    void decodesByDeclaredCharsetOrDetection() throws Exception {
        String utf8Page = PAGE.replace("charset=gb2312", "charset=utf-8");
        assertEquals(reader.read(PAGE.getBytes(Charset.forName("GB18030")), "a.html", "a").text(),
                reader.read(utf8Page.getBytes(StandardCharsets.UTF_8), "a.html", "a").text());
        String undeclared = PAGE.replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "");
        assertEquals(reader.read(PAGE.getBytes(Charset.forName("GB18030")), "a.html", "a").text(),
                reader.read(undeclared.getBytes(Charset.forName("GB18030")), "a.html", "a").text());
    }

    @Test
    void aPageWithoutBodyTextIsRefused() {
        byte[] empty = "<html><body><div class='nav'>首页</div></body></html>".getBytes(StandardCharsets.UTF_8);
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
                () -> reader.read(empty, "empty.html", null));
        assertEquals(IngestException.Reason.EMPTY, e.reason());
    }
}
