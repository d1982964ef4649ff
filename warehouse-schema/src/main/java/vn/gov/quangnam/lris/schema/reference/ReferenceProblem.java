package vn.gov.quangnam.lris.schema.reference;

/** One problem in a reference file: which file, which line (1-based; 0 when it concerns the whole file), what. */
public record ReferenceProblem(String file, int line, String problem) {
    @Override
    public String toString() {
        return line > 0 ? file + " line " + line + ": " + problem : file + ": " + problem;
    }
}
