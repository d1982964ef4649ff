package vn.gov.quangnam.lris.reports;

import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of a test: the seeded warehouse, a recipients file, a fresh outbox database, an SMTP port. */
final class TestSettings {
    static final String TAM_KY_CHAIR = "chutich.tamky@quangnam.gov.vn.example";
    static final String HOI_AN_CHAIR = "chutich.hoian@quangnam.gov.vn.example";
    static final String JUSTICE_HEAD = "giamdoc.stp@quangnam.gov.vn.example";
    static final String HOME_AFFAIRS = "giamdoc.snv@quangnam.gov.vn.example";
    static final String RECIPIENTS = """
            province:
              - {name: Nguyễn Văn An, title: Giám đốc Sở Nội vụ, email: %s}
            units:
              "502":
                - {name: Lê Văn Cường, title: Chủ tịch UBND thành phố Tam Kỳ, email: %s}
              "503":
                - {name: Phạm Thị Dung, title: Chủ tịch UBND thành phố Hội An, email: %s}
              "49-STP":
                - {name: Đặng Văn Hải, title: Giám đốc Sở Tư pháp, email: %s}
            """.formatted(HOME_AFFAIRS, TAM_KY_CHAIR, HOI_AN_CHAIR, JUSTICE_HEAD);
    static final RetryPolicy FAST_RETRY = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20));

    private TestSettings() {
    }

    static ReportSettings settings(Path directory, String outboxDatabase, int smtpPort) {
        LocalPostgres postgres = TestPostgres.shared();
        Path recipients = directory.resolve("recipients.yaml");
        try {
            Files.writeString(recipients, RECIPIENTS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String outboxUrl = TestPostgres.createDatabase(outboxDatabase);
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", smtpPort, SmtpSettings.Security.NONE, null, null,
                "LRIS Quảng Nam <lris@quangnam.gov.vn.example>", Duration.ofSeconds(5));
        return new ReportSettings(SeededWarehouse.settings(), recipients, smtp,
                new OutboxSettings(outboxUrl, postgres.user(), postgres.password()), FAST_RETRY);
    }
}
