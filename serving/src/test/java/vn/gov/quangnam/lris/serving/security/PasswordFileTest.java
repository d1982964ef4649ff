package vn.gov.quangnam.lris.serving.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordFileTest {

    @Test
    void oneBcryptLinePerAccountThatVerifiesItsPasswordOnly() {
        ServingAccounts accounts = new ServingAccounts(List.of(
                new ServingAccount("lris_service", AccessScope.SERVICE, "service-password"),
                new ServingAccount("district_502", AccessScope.district("502"), "Mật khẩu Tam Kỳ")));

        List<String> lines = PasswordFile.render(accounts).lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("lris_service:$2y$10$");
        String hash = lines.get(1).substring("district_502:".length());
        assertThat(PasswordFile.verifies("Mật khẩu Tam Kỳ", hash)).isTrue();
        assertThat(PasswordFile.verifies("service-password", hash)).isFalse();
    }
}
