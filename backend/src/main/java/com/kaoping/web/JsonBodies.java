package com.kaoping.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.kaoping.web.internal.JsonPaths;
import com.kaoping.web.internal.StrictJson;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON body whose shape depends on something known only at run time (a task's key) into its type,
 * turning a wrong type, an unknown field or an out-of-range value into a 400 that names the path, as for
 * ordinary request bodies (the strict reading rules are in docs/reliability.md).
 */
@Component
public class JsonBodies {

    private final ObjectMapper json;

    JsonBodies(ObjectMapper json) {
        this.json = StrictJson.strict(json);
    }

    public <T> T read(JsonNode body, Class<T> type) {
        JsonNode node = body == null || body.isNull() ? JsonNodeFactory.instance.objectNode() : body;
        if (!node.isObject()) {
            throw new BadRequestException("body", "problem.json.notObject");
        }
        try {
            return json.treeToValue(node, type);
        } catch (JsonMappingException e) {
            JsonPaths.Problem problem = JsonPaths.problem(e);
            throw new BadRequestException(problem.field(), problem.text());
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body", "problem.json.unreadable");
        }
    }
}
