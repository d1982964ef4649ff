package vn.gov.quangnam.lris.serving.superset;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The bundle the build wrote ({@code serving/target/superset/lris-superset-bundle.zip}), read back as YAML documents. */
final class SupersetBundleFiles {
    private final Map<String, Map<String, Object>> documents;

    private SupersetBundleFiles(Map<String, Map<String, Object>> documents) {
        this.documents = documents;
    }

    /** The zip named by the system property the build sets, {@code lris.superset.bundle}. */
    static SupersetBundleFiles builtByMaven() throws IOException {
        String location = System.getProperty("lris.superset.bundle");
        if (location == null) {
            throw new IllegalStateException("system property lris.superset.bundle is not set: run the tests through Maven "
                    + "(./mvnw -pl serving verify), which writes the bundle in the process-classes phase");
        }
        return read(Path.of(location));
    }

    static SupersetBundleFiles read(Path zip) throws IOException {
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        try (InputStream input = Files.newInputStream(zip); ZipInputStream archive = new ZipInputStream(input)) {
            for (ZipEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                String name = entry.getName();
                if (!name.startsWith(SupersetBundle.ROOT + "/")) {
                    throw new IllegalStateException(zip + " has an entry outside its root directory: " + name);
                }
                String content = new String(archive.readAllBytes(), StandardCharsets.UTF_8);
                documents.put(name.substring(SupersetBundle.ROOT.length() + 1), new Yaml().load(content));
            }
        }
        return new SupersetBundleFiles(documents);
    }

    Map<String, Map<String, Object>> all() {
        return documents;
    }

    Map<String, Object> get(String path) {
        Map<String, Object> document = documents.get(path);
        if (document == null) {
            throw new AssertionError("the bundle has no " + path + "; it has " + documents.keySet());
        }
        return document;
    }

    Map<String, Map<String, Object>> under(String directory) {
        Map<String, Map<String, Object>> selected = new LinkedHashMap<>();
        documents.forEach((path, document) -> {
            if (path.startsWith(directory + "/")) {
                selected.put(path, document);
            }
        });
        return selected;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> document, String key) {
        return (List<Map<String, Object>>) document.get(key);
    }
}
