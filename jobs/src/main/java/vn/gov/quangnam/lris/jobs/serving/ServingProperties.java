package vn.gov.quangnam.lris.jobs.serving;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code lris.serving}: the embedded Trino of {@code lris demo} and {@code lris serve}.
 *
 * @param enabled {@code lris.serving.enabled}, default true: start the project's own single-node Trino; a deployment
 *                with its own Trino cluster sets false (see serving/README.md for its catalog and security files)
 * @param httpsPort {@code lris.serving.https-port}, default 8443 (HTTPS only: passwords require it)
 */
@ConfigurationProperties("lris.serving")
@Validated
public record ServingProperties(@DefaultValue("true") boolean enabled,
                                @DefaultValue("8443") @Min(1) @Max(65535) int httpsPort) {
}
