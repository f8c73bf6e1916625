package dev.uplift.app.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.uplift.model.Category;
import dev.uplift.model.plan.DeferredStep;
import dev.uplift.model.plan.Risk;
import dev.uplift.model.plan.StepStatus;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;

import java.io.IOException;
import java.util.Locale;

/**
 * The plan as JSON: the record components of {@link UpgradePlan} and its steps by name, categories
 * by id ({@code codeQuality}), status and risk in lower case, dates as ISO dates.
 */
public final class PlanJson {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(enums())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static String write(UpgradePlan plan) {
        try {
            return JSON.writeValueAsString(plan);
        } catch (IOException e) {
            throw new IllegalStateException("a plan always serialises", e);
        }
    }

    /** Scenarios side by side: {@code {"scenarios": [{"team", "makespanDays", "readyBy", "personDays", "bindingSkill"}]}}. */
    public static String scenarios(java.util.List<dev.uplift.model.plan.Scenario> scenarios) {
        try {
            return JSON.writeValueAsString(java.util.Map.of("scenarios", scenarios));
        } catch (IOException e) {
            throw new IllegalStateException("scenarios always serialise", e);
        }
    }

    public static UpgradePlan read(String json) throws IOException {
        return JSON.readValue(json, UpgradePlan.class);
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    private static SimpleModule enums() {
        SimpleModule m = new SimpleModule("uplift-enums");
        m.addSerializer(Category.class, serializer(Category::id));
        m.addDeserializer(Category.class, deserializer(Category::fromId));
        m.addSerializer(StepStatus.class, serializer(s -> s.name().toLowerCase(Locale.ROOT)));
        m.addDeserializer(StepStatus.class, deserializer(s -> StepStatus.valueOf(s.toUpperCase(Locale.ROOT))));
        m.addSerializer(DeferredStep.class, new DeferredStepSerializer());
        m.addDeserializer(DeferredStep.class, new DeferredStepDeserializer());
        m.addSerializer(Risk.class, serializer(r -> r.name().toLowerCase(Locale.ROOT)));
        m.addDeserializer(Risk.class, deserializer(r -> Risk.valueOf(r.toUpperCase(Locale.ROOT))));
        return m;
    }

    private static <T> JsonSerializer<T> serializer(java.util.function.Function<T, String> text) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(text.apply(value));
            }
        };
    }

    private static <T> JsonDeserializer<T> deserializer(java.util.function.Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return parse.apply(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw ctxt.weirdStringException(p.getValueAsString(), Object.class, e.getMessage());
                }
            }
        };
    }

    /** A deferred step is written as the step itself with a {@code "reason"} key, in the shape of {@code steps}. */
    private static final class DeferredStepSerializer extends JsonSerializer<DeferredStep> {
        @Override
        public void serialize(DeferredStep value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            ObjectNode node = ((ObjectMapper) gen.getCodec()).valueToTree(value.step());
            node.put("reason", value.reason());
            gen.writeTree(node);
        }
    }

    private static final class DeferredStepDeserializer extends JsonDeserializer<DeferredStep> {
        @Override
        public DeferredStep deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectNode node = p.getCodec().readTree(p);
            String reason = node.path("reason").asText(null);
            node.remove("reason");
            return new DeferredStep(((ObjectMapper) p.getCodec()).treeToValue(node, UpgradeStep.class), reason);
        }
    }
}
