package vn.gov.quangnam.lris.schema.reference.targets;

/** A plan or decision that sets targets, cited in every breach report so the recipient knows what is expected. */
public record TargetSource(String code, String document, String seeds) {
}
