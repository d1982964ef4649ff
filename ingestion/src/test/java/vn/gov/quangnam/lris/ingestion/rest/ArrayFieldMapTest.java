package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArrayFieldMapTest {

    @Test
    void recordsOfOnePageShareTheirShapeAndStillBehaveAsMaps() {
        ArrayFieldMap.Shape shape = new ArrayFieldMap.Shape();
        ArrayFieldMap first = read(shape, "maHoSo", "HS-1", "maDonVi", "20335", "trangThai", 1);
        ArrayFieldMap second = read(shape, "maHoSo", "HS-2", "maDonVi", "20338", "trangThai", 2);

        assertThat(first).isEqualTo(expected("maHoSo", "HS-1", "maDonVi", "20335", "trangThai", 1));
        assertThat(second).isEqualTo(expected("maHoSo", "HS-2", "maDonVi", "20338", "trangThai", 2));
        assertThat(second.get(new String("maDonVi"))).isEqualTo(TextNode.valueOf("20338")); // found by value too
        assertThat(second.get("ngayTra")).isNull();

        second.remove("maDonVi"); // a change to one record is not a change to the shape the others share
        assertThat(second).isEqualTo(expected("maHoSo", "HS-2", "trangThai", 2));
        assertThat(first).isEqualTo(expected("maHoSo", "HS-1", "maDonVi", "20335", "trangThai", 1));
    }

    @Test
    void aRecordThatDepartsFromTheShapeKeepsItsOwnFieldsAndTheLastValueOfANameSentTwice() {
        ArrayFieldMap.Shape shape = new ArrayFieldMap.Shape();
        read(shape, "maHoSo", "HS-1", "maDonVi", "20335", "trangThai", 1);
        ArrayFieldMap reordered = read(shape, "maDonVi", "20338", "maHoSo", "HS-2", "maHoSo", "HS-3", "moi", 7);
        ArrayFieldMap shorter = read(shape, "maDonVi", "20339");

        assertThat(reordered).isEqualTo(expected("maDonVi", "20338", "maHoSo", "HS-3", "moi", 7));
        assertThat(reordered.keySet()).containsExactly("maDonVi", "maHoSo", "moi");
        assertThat(shorter).isEqualTo(expected("maDonVi", "20339"));
        ArrayFieldMap sameAsTheFirst = read(shape, "maHoSo", "HS-4", "maDonVi", "20335", "trangThai", 1);
        assertThat(sameAsTheFirst).isEqualTo(expected("maHoSo", "HS-4", "maDonVi", "20335", "trangThai", 1));
    }

    private static ArrayFieldMap read(ArrayFieldMap.Shape shape, Object... namesAndValues) {
        ArrayFieldMap fields = new ArrayFieldMap(shape);
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.addRead(((String) namesAndValues[index]).intern(), node(namesAndValues[index + 1]));
        }
        fields.finishRead(shape);
        return fields;
    }

    private static Map<String, JsonNode> expected(Object... namesAndValues) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put((String) namesAndValues[index], node(namesAndValues[index + 1]));
        }
        return fields;
    }

    private static JsonNode node(Object value) {
        return value instanceof Integer number ? IntNode.valueOf(number) : TextNode.valueOf((String) value);
    }
}
