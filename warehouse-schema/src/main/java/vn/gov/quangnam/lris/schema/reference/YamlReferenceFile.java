package vn.gov.quangnam.lris.schema.reference;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reference YAML file read as a node tree, so that every value knows its line and a problem can name it.
 * Accessors throw {@link ReferenceDataException} naming the file, the line and what was expected.
 */
public final class YamlReferenceFile {
    private YamlReferenceFile() {
    }

    /** Parses the file; its top level must be a mapping. */
    public static Mapping read(ReferenceFile file) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(file.read()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ReferenceDataException(new ReferenceProblem(file.name(), line, "not valid YAML: " + e.getProblem()));
        }
        if (root == null) {
            throw new ReferenceDataException(new ReferenceProblem(file.name(), 0, "the file is empty"));
        }
        return new Mapping(file.name(), expect(file.name(), root, MappingNode.class, "a mapping"));
    }

    private static <T extends Node> T expect(String file, Node node, Class<T> kind, String what) {
        if (!kind.isInstance(node)) {
            throw new ReferenceDataException(new ReferenceProblem(file, line(node), "expected " + what));
        }
        return kind.cast(node);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A YAML mapping with typed, line-aware accessors. */
    public static final class Mapping {
        private final String file;
        private final MappingNode node;
        private final Map<String, Node> values = new LinkedHashMap<>();

        Mapping(String file, MappingNode node) {
            this.file = file;
            this.node = node;
            for (NodeTuple tuple : node.getValue()) {
                values.put(((ScalarNode) expect(file, tuple.getKeyNode(), ScalarNode.class, "a plain key")).getValue(),
                        tuple.getValueNode());
            }
        }

        public String file() {
            return file;
        }

        public int line() {
            return YamlReferenceFile.line(node);
        }

        public List<String> keys() {
            return List.copyOf(values.keySet());
        }

        public boolean has(String key) {
            return values.containsKey(key);
        }

        public int lineOf(String key) {
            Node value = values.get(key);
            return value == null ? line() : YamlReferenceFile.line(value);
        }

        /** A required text value, NFC-normalised and trimmed. */
        public String text(String key) {
            return optionalText(key).orElseThrow(() -> problem(line(), "'" + key + "' is missing"));
        }

        public Optional<String> optionalText(String key) {
            Node value = values.get(key);
            if (value == null) {
                return Optional.empty();
            }
            String text = expect(file, value, ScalarNode.class, "a text value for '" + key + "'").getValue();
            if (text.isBlank()) {
                throw problem(YamlReferenceFile.line(value), "'" + key + "' is empty");
            }
            return Optional.of(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
        }

        public int integer(String key) {
            return optionalInteger(key).orElseThrow(() -> problem(line(), "'" + key + "' is missing"));
        }

        public Optional<Integer> optionalInteger(String key) {
            return optionalText(key).map(text -> {
                try {
                    return Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw problem(lineOf(key), "'" + key + "' must be a whole number, was '" + text + "'");
                }
            });
        }

        public BigDecimal decimal(String key) {
            String text = text(key);
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw problem(lineOf(key), "'" + key + "' must be a number, was '" + text + "'");
            }
        }

        public Mapping mapping(String key) {
            Node value = values.get(key);
            if (value == null) {
                throw problem(line(), "'" + key + "' is missing");
            }
            return new Mapping(file, expect(file, value, MappingNode.class, "a mapping under '" + key + "'"));
        }

        public List<Mapping> mappings(String key) {
            Node value = values.get(key);
            if (value == null) {
                throw problem(line(), "'" + key + "' is missing");
            }
            List<Mapping> items = new ArrayList<>();
            for (Node item : expect(file, value, SequenceNode.class, "a list under '" + key + "'").getValue()) {
                items.add(new Mapping(file, expect(file, item, MappingNode.class, "a mapping in the list '" + key + "'")));
            }
            return items;
        }

        /** Fails on keys other than the given ones, so that a misspelt key is not silently ignored. */
        public void allowOnly(List<String> allowed) {
            for (String key : values.keySet()) {
                if (!allowed.contains(key)) {
                    throw problem(lineOf(key), "unknown key '" + key + "'; allowed here: " + String.join(", ", allowed));
                }
            }
        }

        public ReferenceDataException problem(int line, String text) {
            return new ReferenceDataException(new ReferenceProblem(file, line, text));
        }
    }
}
