package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;
import org.policylens.model.Script;

/** Metadata guesses against corpus/SOURCES.md, as far as each text states them. */
class BundledCorpusMetadataTest {

    @Test
    void anhui() throws IngestException {
        DocumentMetadata m = CorpusFiles.read("anhui").metadata();
        assertEquals("安徽省质量强省建设纲要", m.title());
        assertEquals("中共安徽省委、安徽省人民政府", m.issuer());
        assertEquals(Level.PROVINCE, m.level());
        assertEquals("安徽省", m.region());
        assertNull(m.date(), "the text states no issue date");
        assertNull(m.docNumber());
        assertEquals(Script.SIMPLIFIED, m.script());
        assertEquals("anhui", m.slug());
        assertEquals("anhui.txt", m.source());
    }

    @Test
    void zhejiang() throws IngestException {
        DocumentMetadata m = CorpusFiles.read("zhejiang").metadata();
        assertEquals("中共浙江省委浙江省人民政府关于开展质量提升行动的实施意见", m.title());
        assertEquals("中共浙江省委、浙江省人民政府", m.issuer());
        assertEquals(Level.PROVINCE, m.level());
        assertEquals("浙江省", m.region());
        assertEquals("2018-06-29", m.date());
        assertEquals("浙委发〔2018〕27号", m.docNumber());
        assertEquals(Script.SIMPLIFIED, m.script());
    }

    @Test
    void hefeiKeepsTraditionalCharactersInItsValues() throws IngestException {
        DocumentMetadata m = CorpusFiles.read("hefei").metadata();
        assertEquals("合肥市人民政府關於開展質量強市活動的實施意見", m.title());
        assertEquals("合肥市人民政府", m.issuer());
        assertEquals(Level.CITY, m.level());
        assertEquals("安徽省合肥市", m.region());
        assertEquals("2012-12-25", m.date());
        assertEquals("合政〔2012〕251號", m.docNumber());
        assertEquals(Script.TRADITIONAL, m.script());
    }

    @Test
    void yichunHasNoTitleLineButNamesItselfInItsText() throws IngestException {
        DocumentMetadata m = CorpusFiles.read("yichun").metadata();
        // No title line; the last paragraph says 对《关于加快推进质量强市建设的实施方案》落实情况….
        assertEquals("关于加快推进质量强市建设的实施方案", m.title());
        assertEquals("", m.issuer(), "no issuer is written in the text");
        assertEquals(Level.CITY, m.level());
        assertEquals("江西省宜春市", m.region());
        assertNull(m.date());
        assertNull(m.docNumber());
        assertEquals(Script.SIMPLIFIED, m.script());
    }

    @Test
    void chengdeTakesIssuerAndDateFromTheNoticeSignatureNotFromACitedDocument() throws IngestException {
        DocumentMetadata m = CorpusFiles.read("chengde").metadata();
        assertEquals("承德市质量强市建设行动方案(2023—2027年)", m.title());
        assertEquals("承德市人民政府办公室", m.issuer());
        assertEquals(Level.CITY, m.level());
        assertEquals("河北省承德市", m.region());
        assertEquals("2023-09-06", m.date());
        assertNull(m.docNumber(), "冀政办字〔2023〕41号 is a cited document, not this one");
    }
}
