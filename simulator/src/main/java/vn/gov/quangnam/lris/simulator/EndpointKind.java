package vn.gov.quangnam.lris.simulator;

/** How an endpoint is reached: paged JSON over HTTP, a PostgreSQL table read through JDBC, or files in a folder. */
public enum EndpointKind {
    REST("rest"),
    POSTGRES_TABLE("postgres_table"),
    INBOX_FOLDER("inbox_folder");

    private final String code;

    EndpointKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
