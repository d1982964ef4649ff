package vn.gov.quangnam.lris.jobs.cli;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

import static java.util.Objects.requireNonNull;

/**
 * Creates this project's picocli commands through the application context, so that they get their collaborators
 * by constructor injection; picocli's own classes (help command, converters) are created by picocli's factory.
 */
@Component
class SpringCommandFactory implements CommandLine.IFactory {
    private static final String COMMANDS_PACKAGE = SpringCommandFactory.class.getPackageName();

    private final AutowireCapableBeanFactory beanFactory;

    SpringCommandFactory(AutowireCapableBeanFactory beanFactory) {
        this.beanFactory = requireNonNull(beanFactory, "beanFactory is null");
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getPackageName().equals(COMMANDS_PACKAGE) && type.isAnnotationPresent(CommandLine.Command.class)) {
            return beanFactory.createBean(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
