package vn.gov.quangnam.lris.jobs.transforms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings under {@code lris.transforms}: how the Spark transforms are launched.
 *
 * @param sparkMaster {@code lris.transforms.spark-master}, default {@code local[*]}: the Spark master of the child JVM
 * @param maxHeap {@code lris.transforms.max-heap}, default {@code 4g}: -Xmx of the child JVM
 * @param classpathFile {@code lris.transforms.classpath-file}, default {@code transforms/target/runtime-classpath.txt}
 *                      (written by the build): the transforms module's dependencies
 * @param classesJar {@code lris.transforms.classes-jar}, default {@code transforms/target/transforms-0.1.0-SNAPSHOT.jar}
 * @param javaHome {@code lris.transforms.java-home}, default empty = the service's own JVM
 * @param command {@code lris.transforms.command}, default empty: a command that runs the transforms elsewhere instead
 *                of the child JVM, e.g. {@code spark-submit --master yarn --class
 *                vn.gov.quangnam.lris.transforms.TransformsMain /opt/lris/lris-transforms.jar}; it gets the same
 *                arguments and LRIS_* environment variables (see README, "Running on a cluster")
 * @param fullRebuildCron {@code lris.transforms.full-rebuild-cron}, default Sundays at 02:00: a full rebuild, which
 *                        also catches a source that corrected a record's received or issued date
 * @param snapshotRetentionDays {@code lris.transforms.snapshot-retention-days}, default 7: how long the old snapshots
 *                              (time travel) of the tables the transforms read and write are kept after a run
 */
@ConfigurationProperties("lris.transforms")
@Validated
public record TransformProperties(@DefaultValue("local[*]") @NotBlank String sparkMaster,
                                  @DefaultValue("4g") @NotBlank String maxHeap,
                                  @DefaultValue("transforms/target/runtime-classpath.txt") @NotNull Path classpathFile,
                                  @DefaultValue("transforms/target/transforms-0.1.0-SNAPSHOT.jar") @NotNull Path classesJar,
                                  Path javaHome,
                                  @DefaultValue List<String> command,
                                  @DefaultValue("0 0 2 ? * SUN") @NotBlank String fullRebuildCron,
                                  @DefaultValue("7") @PositiveOrZero int snapshotRetentionDays) {
}
