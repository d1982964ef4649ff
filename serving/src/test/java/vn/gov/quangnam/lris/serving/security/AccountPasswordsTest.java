package vn.gov.quangnam.lris.serving.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountPasswordsTest {

    @Test
    void generatesMissingPasswordsOncePerInstallationInAPrivateFile(@TempDir Path state) throws IOException {
        ServingAccounts first = AccountPasswords.resolve(AccountSettings.demo(), state);
        ServingAccounts second = AccountPasswords.resolve(AccountSettings.demo(), state);

        assertThat(first.all()).extracting(ServingAccount::user).containsExactly("lris_service", "province", "district_502");
        assertThat(first.all()).extracting(ServingAccount::password).allSatisfy(password -> assertThat(password).hasSize(20));
        assertThat(second.all()).extracting(ServingAccount::password).containsExactlyElementsOf(
                first.all().stream().map(ServingAccount::password).toList());
        Path file = state.resolve(AccountPasswords.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(AccountPasswords.resolve(AccountSettings.demo(), Files.createTempDirectory(state, "other")).service().password())
                .as("another installation gets other passwords").isNotEqualTo(first.service().password());
    }

    @Test
    void aConfiguredPasswordIsUsedAndNotStored(@TempDir Path state) throws IOException {
        ServingAccounts accounts = AccountPasswords.resolve(List.of(
                new AccountSettings("lris_service", AccessScope.SERVICE, "configured-secret"),
                AccountSettings.generated("province", AccessScope.PROVINCE)), state);

        assertThat(accounts.service().password()).isEqualTo("configured-secret");
        assertThat(Files.readString(state.resolve(AccountPasswords.FILE_NAME))).doesNotContain("configured-secret").contains("province=");
    }

    @Test
    void accountsNeedUniqueNamesAndExactlyOneServiceAccount(@TempDir Path state) {
        assertThatThrownBy(() -> AccountPasswords.resolve(List.of(AccountSettings.generated("province", AccessScope.PROVINCE)), state))
                .hasMessageContaining("exactly one Trino account must have scope 'service'").hasMessageContaining("found 0");
        assertThatThrownBy(() -> AccountPasswords.resolve(List.of(
                AccountSettings.generated("lris_service", AccessScope.SERVICE),
                AccountSettings.generated("lris_service", AccessScope.PROVINCE)), state))
                .hasMessage("Trino account 'lris_service' is configured twice; every account needs its own name");
    }

    @Test
    void theAnnouncementLineIsTheContractsFormat() {
        assertThat(new ServingAccount("district_502", AccessScope.district("502"), "p4ss").announcement())
                .isEqualTo("ACCOUNT district-502 user=district_502 password=p4ss");
        assertThat(new ServingAccount("district_502", AccessScope.district("502"), "p4ss").toString()).doesNotContain("p4ss");
    }
}
