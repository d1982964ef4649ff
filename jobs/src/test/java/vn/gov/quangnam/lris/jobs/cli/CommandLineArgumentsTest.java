package vn.gov.quangnam.lris.jobs.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineArgumentsTest {

    @Test
    void settingsGoToSpringAndTheRestToTheCommand() {
        String[] arguments = {"demo", "--once", "--lris.home=/srv/lris", "--lris.warehouse.properties.io-impl=x"};

        assertThat(CommandLineArguments.command(arguments)).containsExactly("demo", "--once");
        assertThat(CommandLineArguments.spring(arguments)).containsExactly(arguments);
    }

    @Test
    void anOptionWithoutADotInItsNameIsNotASetting() {
        assertThat(CommandLineArguments.isSetting("--limit=5")).isFalse();
        assertThat(CommandLineArguments.isSetting("--lris.home")).isFalse();
        assertThat(CommandLineArguments.isSetting("--lris.home=")).isTrue();
    }

    @Test
    void verboseBecomesTheSettingLrisVerbose() {
        assertThat(CommandLineArguments.spring("status", "--verbose"))
                .containsExactly("status", "--verbose", "--lris.verbose=true");
        assertThat(CommandLineArguments.asksForVerbose("status", "--lris.verbose=true")).isTrue();
    }

    @Test
    void helpOnlyWhenNoCommandOrAHelpOption() {
        assertThat(CommandLineArguments.asksForHelpOnly()).isTrue();
        assertThat(CommandLineArguments.asksForHelpOnly("--lris.home=/srv/lris")).isTrue();
        assertThat(CommandLineArguments.asksForHelpOnly("demo", "--help")).isTrue();
        assertThat(CommandLineArguments.asksForHelpOnly("schema", "apply", "-h")).isTrue();
        assertThat(CommandLineArguments.asksForHelpOnly("demo", "--once")).isFalse();
    }
}
