package vn.gov.quangnam.lris.localstack.trino;

/**
 * The Trino release the stack runs and the Maven artifacts it is made of. The server tarball {@code trino-server-core}
 * holds the engine, the launcher and the password-authenticators plugin (password file with bcrypt); the Iceberg
 * connector is a separate plugin zip; the CLI is an executable jar. All are downloaded once into Maven's local
 * repository by the build of the {@code serving} module.
 */
public final class TrinoArtifacts {
    public static final String VERSION = "476";

    public static final MavenArtifact SERVER = new MavenArtifact("io.trino", "trino-server-core", VERSION, null, "tar.gz");
    public static final MavenArtifact ICEBERG_PLUGIN = new MavenArtifact("io.trino", "trino-iceberg", VERSION, null, "zip");
    public static final MavenArtifact CLI = new MavenArtifact("io.trino", "trino-cli", VERSION, "executable", "jar");

    private TrinoArtifacts() {
    }
}
