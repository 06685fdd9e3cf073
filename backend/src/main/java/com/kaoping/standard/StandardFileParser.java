package com.kaoping.standard;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.kaoping.scoring.Standard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a standard file (YAML, or JSON, which is YAML too) into the {@link Standard} records and
 * validates it: {@link #parse} returns only standards that {@link StandardValidator} accepts.
 * Field names are the record components' names; unknown fields are refused so that a typo cannot
 * silently drop a cap or a unit.
 * <p>
 * Thread-safe; one instance can serve every import.
 */
public final class StandardFileParser {

    /** Classpath location of the standard that ships with Kaoping. */
    public static final String BUNDLED_RESOURCE = "standards/dzz-2021.yaml";

    private final ObjectMapper mapper;
    private final StandardValidator validator;

    public StandardFileParser() {
        this(new StandardValidator());
    }

    public StandardFileParser(StandardValidator validator) {
        this.validator = validator;
        YAMLMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                        // a key written twice would otherwise keep only the last value
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // An unquoted clause id like 31.10 would arrive as the number 31.1: demand strings.
        yaml.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        this.mapper = yaml;
    }

    /**
     * @param in         the file's content (UTF-8); not closed
     * @param sourceName the file or upload name, used in error messages
     * @throws InvalidStandardException when the file is malformed, has unknown fields, or the
     *                                  standard does not validate
     */
    public Standard parse(InputStream in, String sourceName) {
        Standard standard = read(in, sourceName);
        List<String> problems = validator.problems(standard);
        if (!problems.isEmpty()) {
            throw new InvalidStandardException(sourceName, problems);
        }
        return standard;
    }

    /**
     * Reads a standard file without validating it, for a dry run that reports the validator's findings beside the
     * standard.
     *
     * @throws InvalidStandardException when the file is malformed or has unknown fields
     */
    public Standard read(InputStream in, String sourceName) {
        byte[] content;
        try {
            content = in.readAllBytes(); // small files; kept to locate errors afterwards
        } catch (IOException e) {
            throw new InvalidStandardException(sourceName, List.of("cannot be read: " + e.getMessage()), e);
        }
        Standard standard;
        try (JsonParser parser = mapper.createParser(content)) {
            if (parser.nextToken() == null) {
                throw new InvalidStandardException(sourceName, List.of("is empty"));
            }
            standard = mapper.readValue(parser, Standard.class);
        } catch (JsonProcessingException e) {
            throw new InvalidStandardException(sourceName, List.of(describe(e, content)), e);
        } catch (IOException e) {
            throw new InvalidStandardException(sourceName, List.of("cannot be read: " + e.getMessage()), e);
        }
        if (standard == null) {
            throw new InvalidStandardException(sourceName, List.of("is empty"));
        }
        return standard;
    }

    /** Parses a string, e.g. an uploaded file already in memory. */
    public Standard parse(String content, String sourceName) {
        return parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), sourceName);
    }

    /** The 2021 standard that ships with Kaoping, from the classpath ({@value #BUNDLED_RESOURCE}). */
    public static Standard loadBundled() {
        ClassLoader loader = StandardFileParser.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new InvalidStandardException(BUNDLED_RESOURCE, List.of("not found on the classpath"));
            }
            return new StandardFileParser().parse(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new InvalidStandardException(BUNDLED_RESOURCE, List.of("cannot be read: " + e.getMessage()), e);
        }
    }

    /** Turns Jackson's message into one line naming line, column and field path. */
    private String describe(JsonProcessingException e, byte[] content) {
        List<JsonMappingException.Reference> refs = e instanceof JsonMappingException m ? m.getPath() : List.of();
        // Records are built once their whole entry is read, so Jackson's own location is the entry's end.
        JsonLocation loc = refs.isEmpty() ? null : locate(content, pointer(refs));
        if (loc == null) {
            loc = e.getLocation();
        }
        StringBuilder place = new StringBuilder();
        if (loc != null && loc.getLineNr() > 0) {
            place.append("line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
        }
        String path = path(refs);
        if (!path.isEmpty()) {
            place.append(place.isEmpty() ? "" : " ").append("at ").append(path);
        }
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown field \"" + u.getPropertyName() + "\"";
        } else if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
            // the records' compact constructors refuse null lists and null list entries
            what = "a list is missing, empty-valued or has an empty entry";
        } else if (e instanceof MismatchedInputException mi
                && mi.getTargetType() == String.class
                && String.valueOf(e.getOriginalMessage()).startsWith("Cannot coerce")) {
            what = "must be quoted text (an unquoted 31.10 would read as the number 31.1)";
        } else {
            what = summary(e.getOriginalMessage());
        }
        return place.isEmpty() ? what : place + ": " + what;
    }

    /** Where the field or entry at {@code target} starts, found by reading the content again; null if not found. */
    private JsonLocation locate(byte[] content, JsonPointer target) {
        try (JsonParser p = mapper.createParser(content)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME && !p.getParsingContext().inArray()) {
                    continue;
                }
                if (p.getParsingContext().pathAsPointer().equals(target)) {
                    return p.currentTokenLocation();
                }
            }
        } catch (IOException ignored) {
            // the content is malformed further on; fall back to Jackson's location
        }
        return null;
    }

    private static JsonPointer pointer(List<JsonMappingException.Reference> refs) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getIndex() >= 0) {
                pointer = pointer.appendIndex(ref.getIndex());
            } else if (ref.getFieldName() != null) {
                pointer = pointer.appendProperty(ref.getFieldName());
            }
        }
        return pointer;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    /**
     * Jackson's message without its advice to developers; for SnakeYAML's multi-line messages, the
     * statement lines without the quoted snippet and caret.
     */
    private static String summary(String message) {
        if (message == null) {
            return "malformed";
        }
        String text = message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(", "));
        return HINTS.matcher(text).replaceAll("").trim();
    }

    private static final Pattern HINTS =
            Pattern.compile("\\s*\\((but could if|disable|through reference chain)[^)]*\\)");
}
