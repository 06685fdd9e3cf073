package com.kaoping.standard.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;

/**
 * Writes every explanation line with its {@code text} rendered from its code and arguments in the request's language
 * (docs/i18n.md): the engine has no message files. A line stored before lines carried a code keeps its own text.
 * Registered with Spring's ObjectMapper as a Jackson module.
 */
@Component
class ExplanationTexts extends SimpleModule {

    ExplanationTexts(Texts texts) {
        super("ExplanationTexts");
        addSerializer(ExplanationLine.class, new StdSerializer<>(ExplanationLine.class) {
            @Override
            public void serialize(ExplanationLine line, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeStartObject();
                provider.defaultSerializeField("kind", line.kind(), gen);
                gen.writeStringField("ref", line.ref());
                gen.writeStringField("indicator", line.indicator());
                provider.defaultSerializeField("count", line.count(), gen);
                provider.defaultSerializeField("points", line.points(), gen);
                gen.writeStringField("wording", line.wording());
                gen.writeStringField(
                        "text",
                        line.code() == null
                                ? line.text()
                                : texts.render(new Text(line.code(), new LinkedHashMap<>(line.args()))));
                gen.writeStringField("code", line.code());
                provider.defaultSerializeField("args", line.args(), gen);
                gen.writeEndObject();
            }
        });
    }
}
