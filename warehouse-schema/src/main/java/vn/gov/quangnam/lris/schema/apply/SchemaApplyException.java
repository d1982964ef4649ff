package vn.gov.quangnam.lris.schema.apply;

/** A table cannot be brought to its definition without a deliberate migration; the message says which and why. */
public class SchemaApplyException extends RuntimeException {
    public SchemaApplyException(String message) {
        super(message);
    }
}
