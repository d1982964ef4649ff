package vn.gov.quangnam.lris.transforms.publish;

/** A data test failed: nothing is published; the message lists each failed test with example rows. */
public class DataTestFailure extends RuntimeException {
    public DataTestFailure(String message) {
        super(message);
    }
}
