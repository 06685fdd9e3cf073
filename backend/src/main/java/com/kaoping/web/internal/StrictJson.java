package com.kaoping.web.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How every JSON body a client sends is read (docs/reliability.md): an unknown field, a string where a number
 * or boolean belongs ("3", "true"), a number where a string belongs, a fraction for an integer (88.5), a NUL or
 * other control character in a string: each is a 400 naming the field. Only client input is read this strictly;
 * the documents Kaoping stores itself (score cards, standards) are read by the application's ordinary mapper.
 */
@Configuration
public class StrictJson implements WebMvcConfigurer {

    private final ObjectMapper strict;

    StrictJson(ObjectMapper json) {
        this.strict = strict(json);
    }

    /** A copy of the application's mapper that reads client input strictly. */
    public static ObjectMapper strict(ObjectMapper base) {
        ObjectMapper copy = base.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        copy.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // "" is not an absent number or list either
        copy.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        copy.registerModule(
                new SimpleModule("kaoping-checked-strings").addDeserializer(String.class, new CheckedStrings()));
        return copy;
    }

    ObjectMapper mapper() {
        return strict;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson
                    && jackson.getObjectMapper().getFactory().getFormatName().equals("JSON")) {
                jackson.setObjectMapper(strict);
            }
        }
    }
}
