package dev.gantry.projects.template.domain;

import dev.gantry.projects.schedule.domain.LinkType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateJsonTest {

    private final TemplateJson.Definition converter = new TemplateJson.Definition();

    @Test
    void aDefinitionIsStoredWithoutItsAbsentFields() {
        TemplateDefinition definition = new TemplateDefinition(
                List.of(new TemplateDefinition.Phase("build", "Build", List.of(
                        new TemplateDefinition.TemplateTask("code", "Code", new BigDecimal("2.5"), null),
                        new TemplateDefinition.TemplateTask("done", "Done", BigDecimal.ZERO, true)))),
                List.of(new TemplateDefinition.Dependency("code", "done", LinkType.SS, null)));

        String json = converter.convertToDatabaseColumn(definition);

        assertThat(json).isEqualTo("{\"phases\":[{\"key\":\"build\",\"name\":\"Build\",\"tasks\":["
                + "{\"key\":\"code\",\"name\":\"Code\",\"durationDays\":2.5},"
                + "{\"key\":\"done\",\"name\":\"Done\",\"durationDays\":0,\"milestone\":true}]}],"
                + "\"dependencies\":[{\"predecessor\":\"code\",\"successor\":\"done\",\"type\":\"SS\"}]}");
        assertThat(converter.convertToEntityAttribute(json)).isEqualTo(definition);
    }

    @Test
    void aBuiltInDefinitionAsTheMigrationWroteItLoads() {
        TemplateDefinition loaded = converter.convertToEntityAttribute("{\"phases\": [{\"key\": \"inception\","
                + " \"name\": \"Inception\", \"tasks\": [{\"key\": \"kickoff\", \"name\": \"Project kick-off\","
                + " \"durationDays\": 0, \"milestone\": true}, {\"key\": \"requirements\","
                + " \"name\": \"Requirements and backlog\", \"durationDays\": 10}]}],"
                + " \"dependencies\": [{\"predecessor\": \"kickoff\", \"successor\": \"requirements\"}]}");

        assertThat(loaded.phasesOrEmpty()).singleElement().satisfies(phase -> {
            assertThat(phase.key()).isEqualTo("inception");
            assertThat(phase.tasks()).extracting(TemplateDefinition.TemplateTask::durationDays)
                    .containsExactly(BigDecimal.ZERO, BigDecimal.TEN);
        });
        assertThat(loaded.dependenciesOrEmpty()).containsExactly(
                new TemplateDefinition.Dependency("kickoff", "requirements", null, null));
    }
}
