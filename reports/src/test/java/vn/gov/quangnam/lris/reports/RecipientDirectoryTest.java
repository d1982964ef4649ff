package vn.gov.quangnam.lris.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipientDirectoryTest {
    @Test
    void theDemoDirectoryHasTheProvinceListAndDistrictChairsAtFictionalAddresses() {
        RecipientDirectory demo = RecipientDirectory.demo();

        assertThat(demo.province()).extracting(Recipient::title)
                .containsExactly("Giám đốc Sở Nội vụ", "Chánh Văn phòng UBND tỉnh");
        assertThat(demo.units().get("502")).extracting(Recipient::title).containsExactly("Chủ tịch UBND thành phố Tam Kỳ");
        assertThat(demo.units().values().stream().flatMap(java.util.List::stream).map(Recipient::email))
                .allMatch(email -> email.endsWith(".example"));
    }

    @Test
    void aPersonWithoutAnAddressIsRejectedWithItsPlace() {
        assertThatThrownBy(() -> RecipientDirectory.parse("units:\n  \"502\":\n    - {name: A, title: B}\n", "r.yaml"))
                .isInstanceOf(ReportException.class)
                .hasMessage("recipients file r.yaml: units.502 entry 1 lacks email; every person needs name, title and email");
        assertThatThrownBy(() -> RecipientDirectory.parse("province:\n  - {name: A, title: B, email: not-an-address}\n", "r.yaml"))
                .isInstanceOf(ReportException.class)
                .hasMessage("recipients file r.yaml: province entry 1: recipient A: 'not-an-address' is not an e-mail address");
    }
}
