package vn.gov.quangnam.lris.schema.reference.targets;

/** No rule of the target catalogue covers an indicator at a level in a year: an error, never a silent zero. */
public class TargetNotFoundException extends RuntimeException {
    public TargetNotFoundException(String message) {
        super(message);
    }
}
