package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The procedures each unit handles, by level and (for departments) by the department's fields. Fixed for the
 * project (not drawn from the simulator's seed), so procedure codes are stable between runs.
 */
public final class ProcedureCatalogue {
    private static final long CATALOGUE_SEED = 0x7A1C0DEL;
    private static final int PROCEDURES_PER_FIELD = 6;
    private static final List<String> COMMUNE_FIELDS = List.of("Hộ tịch", "Chứng thực", "Bảo trợ xã hội",
            "Người có công", "Đất đai", "Nông nghiệp");
    private static final List<String> DISTRICT_FIELDS = List.of("Đất đai", "Xây dựng", "Hộ tịch",
            "Thành lập và hoạt động của hộ kinh doanh",
            "Giáo dục và Đào tạo", "Môi trường", "Lao động", "Chứng thực");
    private static final Map<String, List<String>> DEPARTMENT_FIELDS = Map.ofEntries(
            Map.entry("49-SKHDT", List.of("Đầu tư", "Thành lập và hoạt động doanh nghiệp")),
            Map.entry("49-BQLKKT", List.of("Đầu tư", "Xây dựng")),
            Map.entry("49-SXD", List.of("Xây dựng", "Nhà ở")),
            Map.entry("49-STNMT", List.of("Đất đai", "Môi trường", "Tài nguyên nước")),
            Map.entry("49-SYT", List.of("Y tế", "Dược phẩm")),
            Map.entry("49-SGDDT", List.of("Giáo dục và Đào tạo")),
            Map.entry("49-SGTVT", List.of("Giao thông vận tải", "Đường bộ")),
            Map.entry("49-STP", List.of("Tư pháp", "Lý lịch tư pháp", "Hộ tịch")),
            Map.entry("49-SLDTBXH", List.of("Lao động", "Người có công", "Giáo dục nghề nghiệp")),
            Map.entry("49-SVHTTDL", List.of("Văn hóa", "Du lịch", "Thể dục thể thao")),
            Map.entry("49-SCT", List.of("Công Thương", "Lưu thông hàng hóa")),
            Map.entry("49-SNNPTNT", List.of("Nông nghiệp", "Thủy lợi", "Lâm nghiệp")),
            Map.entry("49-SKHCN", List.of("Khoa học và Công nghệ")),
            Map.entry("49-STTTT", List.of("Thông tin và Truyền thông", "Báo chí")),
            Map.entry("49-SNV", List.of("Nội vụ", "Thi đua khen thưởng", "Tôn giáo")),
            Map.entry("49-STC", List.of("Tài chính", "Quản lý giá")),
            Map.entry("49-SNGV", List.of("Ngoại vụ")),
            Map.entry("49-TTT", List.of("Khiếu nại, tố cáo")),
            Map.entry("49-BDT", List.of("Công tác dân tộc")),
            Map.entry("49-VPUBND", List.of("Tổng hợp", "Đầu tư")));
    private static final List<String> OTHER_DEPARTMENT_FIELDS = List.of("Tổng hợp");
    private static final int[] PROMISED_DAYS = {0, 1, 3, 5, 7, 10, 15, 20};
    private static final long[] FEES = {10_000, 20_000, 30_000, 50_000, 100_000, 200_000, 500_000, 1_000_000};

    private final Map<String, List<Procedure>> byLevelAndField = new LinkedHashMap<>();
    private final Map<String, List<Procedure>> byUnit = new ConcurrentHashMap<>();
    private int nextNumber = 1000;

    public ProcedureCatalogue() {
        COMMUNE_FIELDS.forEach(field -> procedures(UnitLevel.COMMUNE, field));
        DISTRICT_FIELDS.forEach(field -> procedures(UnitLevel.DISTRICT, field));
        DEPARTMENT_FIELDS.keySet().stream().sorted()
                .forEach(code -> DEPARTMENT_FIELDS.get(code).forEach(field -> procedures(UnitLevel.DEPARTMENT, field)));
        OTHER_DEPARTMENT_FIELDS.forEach(field -> procedures(UnitLevel.DEPARTMENT, field));
    }

    /** The procedures the unit handles. */
    public List<Procedure> forUnit(Unit unit) {
        return byUnit.computeIfAbsent(unit.level() + "/" + unit.code(), key -> collect(unit));
    }

    private List<Procedure> collect(Unit unit) {
        List<String> fields = switch (unit.level()) {
            case COMMUNE -> COMMUNE_FIELDS;
            case DISTRICT -> DISTRICT_FIELDS;
            case DEPARTMENT, PROVINCE -> DEPARTMENT_FIELDS.getOrDefault(unit.code(), OTHER_DEPARTMENT_FIELDS);
        };
        UnitLevel level = unit.level() == UnitLevel.PROVINCE ? UnitLevel.DEPARTMENT : unit.level();
        List<Procedure> result = new ArrayList<>();
        fields.forEach(field -> result.addAll(byLevelAndField.get(level + "/" + field)));
        return List.copyOf(result);
    }

    private void procedures(UnitLevel level, String field) {
        String key = level + "/" + field;
        if (byLevelAndField.containsKey(key)) {
            return;
        }
        List<Procedure> procedures = new ArrayList<>();
        boolean slowField = field.equals("Đất đai") || field.equals("Xây dựng") || field.equals("Đầu tư");
        for (int i = 0; i < PROCEDURES_PER_FIELD; i++) {
            RandomStream random = RandomStream.of(CATALOGUE_SEED, RandomStream.hash(key), i);
            int days = PROMISED_DAYS[Math.min(PROMISED_DAYS.length - 1, random.nextInt(5) + (slowField ? 3 : 0))];
            double online = random.nextDouble();
            String onlineLevel = online < 0.35 ? Procedure.FULLY_ONLINE : online < 0.80 ? Procedure.PARTLY_ONLINE : null;
            long fee = random.chance(0.4) ? FEES[random.nextInt(FEES.length)] : 0;
            boolean issuesResult = random.chance(0.85);
            int validYears = random.chance(0.5) ? 0 : random.between(1, 10);
            procedures.add(new Procedure("1.00" + nextNumber++, field, days, onlineLevel, fee, issuesResult, validYears));
        }
        byLevelAndField.put(key, List.copyOf(procedures));
    }
}
