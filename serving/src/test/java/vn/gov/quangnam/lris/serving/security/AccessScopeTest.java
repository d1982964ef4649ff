package vn.gov.quangnam.lris.serving.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessScopeTest {

    @Test
    void parsesTheScopesOfConfigurationAndPrintsThemBack() {
        assertThat(AccessScope.parse("province")).isEqualTo(AccessScope.PROVINCE);
        assertThat(AccessScope.parse(" service ")).isEqualTo(AccessScope.SERVICE);
        assertThat(AccessScope.parse("analyst")).isEqualTo(AccessScope.ANALYST);
        assertThat(AccessScope.parse("district-502")).isEqualTo(AccessScope.district("502"));
        assertThat(AccessScope.parse("district-502")).hasToString("district-502");
        assertThat(AccessScope.PROVINCE).hasToString("province");
        assertThat(AccessScope.SERVICE.writes()).isTrue();
        assertThat(AccessScope.district("502").writes()).isFalse();
    }

    @Test
    void anUnknownScopeSaysWhichOnesExist() {
        assertThatThrownBy(() -> AccessScope.parse("district-tamky"))
                .hasMessage("unknown account scope 'district-tamky': use service, analyst, province or district-<code> (e.g. district-502)");
        assertThatThrownBy(() -> AccessScope.district("50"))
                .hasMessage("district code must be the 3-digit statistics office code (e.g. 502), was '50'");
    }

    @Test
    void accountNamesAndConfiguredPasswordsAreChecked() {
        assertThatThrownBy(() -> AccountSettings.generated("Tam Ky", AccessScope.district("502")))
                .hasMessageContaining("Trino account name 'Tam Ky' must be lower case letters, digits and _");
        assertThatThrownBy(() -> new AccountSettings("province", AccessScope.PROVINCE, "short"))
                .hasMessageContaining("the configured password of Trino account province is shorter than 8 characters");
        assertThat(new AccountSettings("province", AccessScope.PROVINCE, "secret-password").toString())
                .doesNotContain("secret-password").contains("configured");
    }
}
