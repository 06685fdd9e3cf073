package com.kaoping.workflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The task endpoints take one JSON body whose shape depends on the task's key (GET /api/tasks names it as
 * {@code taskKey}); the OpenAPI description shows one example per form.
 */
@Configuration(proxyBeanMethods = false)
class TaskFormExamples {

    /** One valid body per task key, in the order of a quarter. */
    static final Map<String, String> FORMS = forms();

    private static Map<String, String> forms() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("selfAssessment", """
                {"findings": [{"clause": "1.1", "count": 3, "note": "少3次"}, {"clause": "2.1", "count": 2}]}""");
        forms.put("departmentReview", """
                {"decision": "approve", "findings": [{"clause": "1.1", "count": 2, "note": "核实少2次"}]}""");
        forms.put("departmentReturn", """
                {"decision": "return", "comment": "组织机构图请核实"}""");
        forms.put("bonusDeclaration", """
                {"bonuses": [{"rule": 85, "indicator": "组织工作", "points": 0.5, "note": "获公司表彰"}]}""");
        forms.put("bonusEndorsement", """
                {"decision": "approve"}""");
        forms.put("leadershipConfirmation", """
                {"decision": "approve", "vetoes": [{"rule": 89, "reason": "国有资产流失"}]}""");
        forms.put("leadershipReturn", """
                {"decision": "return", "department": "UNION", "comment": "请复核69.1"}""");
        forms.put("publication", "{}");
        forms.put("objectionAnswer", """
                {"decision": "accept", "answer": "经核实予以更正",
                 "correction": {"findings": [{"clause": "1.1", "count": 0}], "reason": "异议成立:1.1已补学"}}""");
        forms.put("rectificationPlan", """
                {"items": [{"clause": "1.1", "measures": "补开专题学习研讨3次", "responsible": "张三",
                 "plannedDate": "2027-01-31", "evidence": "会议记录、签到表"}]}""");
        forms.put("rectificationCheck", """
                {"decision": "accept", "items": [{"clause": "39.1", "decision": "return", "reason": "未见调整文件"}]}""");
        return forms;
    }

    @Bean
    OpenApiCustomizer taskFormBodies() {
        return api -> {
            describe(api.getPaths().get("/api/tasks/{id}/complete"), "Completes the task with its form");
            describe(api.getPaths().get("/api/tasks/{id}/draft"), "Saves the form as a draft, without completing");
        };
    }

    private static Object parse(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Example of a task form is not JSON: " + body, e);
        }
    }

    private static void describe(PathItem item, String summary) {
        if (item == null) {
            return;
        }
        for (Operation operation : item.readOperations()) {
            MediaType json = new MediaType()
                    .schema(new ObjectSchema()
                            .description("The form of the task's key (taskKey in GET /api/tasks); see the examples"));
            FORMS.forEach((key, body) ->
                    json.addExamples(key, new Example().summary(key).value(parse(body))));
            operation
                    .summary(summary)
                    .requestBody(new RequestBody()
                            .description("One JSON body per task key: selfAssessment, departmentReview,"
                                    + " bonusDeclaration, bonusEndorsement, leadershipConfirmation, publication,"
                                    + " objectionAnswer (the *Return examples are the same tasks sent back)")
                            .content(new Content().addMediaType("application/json", json)));
        }
    }
}
