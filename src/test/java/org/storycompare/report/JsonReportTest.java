package org.storycompare.report;

import org.storycompare.json.JsonFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.testutil.ComparisonFixture;

class JsonReportTest {

    static final ReportInfo INFO = new ReportInfo("StoryCompare", "9.9-test", Instant.parse("2024-05-06T07:08:09Z"));

    static Report sampleReport() {
        Comparison c = ComparisonFixture.sample()
                .options(CompareOptions.builder().minMatchWords(7).bridgeGap(2).paraphrase(false)
                        .paraphraseThreshold(0.65).ignoreCase(false).ignorePunctuation(false).ignoreNumbers(true)
                        .stemming(true).build())
                .build();
        return new Report(ComparisonFixture.analysed(c), List.of(new SourceError("/tmp/broken.pdf", "cannot read: damaged file")), INFO);
    }

    static String toJson(Report r) throws Exception {
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(r, w);
        return w.toString();
    }

    @Test
    void documentHasTheDocumentedStructure() throws Exception {
        JsonNode root = new ObjectMapper().readTree(toJson(sampleReport()));
        assertThat(root.path("format").asText()).isEqualTo("storycompare-report/1");
        assertThat(root.path("generator").path("app").asText()).isEqualTo("StoryCompare");
        assertThat(root.path("generator").path("version").asText()).isEqualTo("9.9-test");
        assertThat(root.path("created").asText()).isEqualTo("2024-05-06T07:08:09Z");
        JsonNode settings = root.path("settings");
        assertThat(settings.path("minMatchWords").asInt()).isEqualTo(7);
        assertThat(settings.path("paraphraseThreshold").asDouble()).isEqualTo(0.65);
        assertThat(settings.path("stemming").asBoolean()).isTrue();
        assertThat(settings.path("meaning").asBoolean()).isTrue();
        assertThat(settings.size()).isEqualTo(9);

        JsonNode a = root.path("sources").get(0);
        assertThat(a.path("id").asText()).isEqualTo("a");
        assertThat(a.path("outlet").asText()).isEqualTo("Brindlewick Herald");
        assertThat(a.path("published").asText()).isEqualTo("2024-03-01");
        assertThat(a.path("path").asText()).isEqualTo("/tmp/articles/a.txt");
        assertThat(a.path("words").asInt()).isEqualTo(Article.countWords(a.path("text").asText()));
        assertThat(a.path("coverage").get(0).toString()).isEqualTo("[0,40,2]");
        assertThat(root.path("sources").get(2).path("text").asText()).isEqualTo(ComparisonFixture.HOSTILE);
        assertThat(root.path("sources").get(2).path("coverage").isNull()).isTrue();

        JsonNode ab = root.path("pairs").get(0);
        assertThat(ab.path("a").asText()).isEqualTo("a");
        assertThat(ab.path("similarity").asDouble()).isEqualTo(0.72);
        assertThat(ab.path("containment").path("aInB").asDouble()).isEqualTo(0.8);
        assertThat(ab.path("containment").path("bInA").asDouble()).isEqualTo(0.65);
        JsonNode edited = ab.path("passages").get(0);
        assertThat(edited.path("kind").asText()).isEqualTo("edited");
        String textA = a.path("text").asText();
        assertThat(textA.substring(edited.path("a").get(0).asInt(), edited.path("a").get(1).asInt()))
                .startsWith("The council of Brindlewick");
        assertThat(edited.path("changes").get(0).path("b").size()).isEqualTo(2);
        JsonNode para = ab.path("passages").get(1);
        assertThat(para.path("kind").asText()).isEqualTo("paraphrase");
        assertThat(para.path("swaps").get(0).path("from").asText()).isEqualTo("appalled");
        assertThat(para.path("swaps").get(0).path("reason").asText()).isEqualTo("synonym");
        assertThat(para.path("moved").asBoolean()).isFalse();
        JsonNode divA = ab.path("divergent").path("a").get(0);
        assertThat(textA.substring(divA.get(0).asInt(), divA.get(1).asInt())).startsWith("Work will start");
        assertThat(root.path("pairs").get(1).path("passages").get(0).path("moved").asBoolean()).isTrue();

        assertThat(root.path("errors").get(0).path("path").asText()).isEqualTo("/tmp/broken.pdf");
        assertThat(root.path("errors").get(0).path("message").asText()).contains("damaged");
    }

    @Test
    void readingBackRestoresEqualRecords() throws Exception {
        Report original = sampleReport();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonReportWriter(false).write(original, bytes);
        Report back = new JsonReportReader().read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.comparison()).isEqualTo(original.comparison());
        assertThat(back.errors()).isEqualTo(original.errors());
        assertThat(back.info()).isEqualTo(original.info());
        assertThat(back).isEqualTo(original);
    }

    @Test
    void unknownFieldsAreSkippedAndMissingSettingsTakeDefaults() throws Exception {
        String json = "{\"format\":\"storycompare-report/1\",\"future\":{\"x\":[1,2,{\"y\":3}]},"
                + "\"settings\":{\"bridgeGap\":9,\"newKnob\":true},\"sources\":[{\"id\":\"s\",\"text\":\"one two\"}]}";
        Report r = new JsonReportReader().read(new StringReader(json));
        assertThat(r.comparison().options()).isEqualTo(CompareOptions.builder().bridgeGap(9).build());
        assertThat(r.comparison().articles()).extracting(Article::text).containsExactly("one two");
        assertThat(r.comparison().pairs()).isEmpty();
    }

    @Test
    void badInputIsRejectedWithAMessageNamingThePlace() {
        JsonReportReader reader = new JsonReportReader();
        assertThatThrownBy(() -> reader.read(new StringReader("{\"format\":\"other/2\"}")))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("other/2");
        assertThatThrownBy(() -> reader.read(new StringReader("[1,2]")))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("not a StoryCompare report");
        assertThatThrownBy(() -> reader.read(new StringReader("{\"format\":\"storycompare-report/1\","
                + "\"sources\":[{\"id\":\"s\",\"text\":\"abc\"},{\"id\":\"t\",\"text\":\"abc\"}],"
                + "\"pairs\":[{\"a\":\"s\",\"b\":\"t\",\"similarity\":0.5,\"containment\":{\"aInB\":0.5,\"bInA\":0.5},"
                + "\"passages\":[{\"kind\":\"exact\",\"a\":[2,1],\"b\":[0,1],\"score\":1,\"moved\":false}]}]}")))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("pairs[0].passages[0].a");
        assertThatThrownBy(() -> reader.read(new StringReader("{\"format\":\"storycompare-report/1\","
                + "\"sources\":[{\"id\":\"s\",\"text\":\"abc\"}],"
                + "\"pairs\":[{\"a\":\"s\",\"b\":\"zzz\",\"similarity\":0.5,\"containment\":{\"aInB\":0.5,\"bInA\":0.5}}]}")))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("unknown source id 'zzz'");
        assertThatThrownBy(() -> reader.read(new StringReader("{\"format\":\"storycompare-report/1\",\"sources\":[{\"id\":")))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void deeplyNestedInputHitsTheSizeLimit() {
        String deep = "{\"format\":\"storycompare-report/1\",\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertThatThrownBy(() -> new JsonReportReader().read(
                new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("limit");
    }

    @Test
    void theExampleInTheDocsReadsAndMeansWhatItSays() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/report-format.md"));
        int start = doc.indexOf("```json") + "```json".length();
        String json = doc.substring(start, doc.indexOf("```", start));
        Report r = new JsonReportReader().read(new StringReader(json));
        Comparison c = r.comparison();
        var pair = c.pairs().get(0);
        String a = c.article(pair.aId()).orElseThrow().text();
        String b = c.article(pair.bId()).orElseThrow().text();
        var swap = pair.passages().get(0).swaps().get(0);
        assertThat(swap.a().of(a)).isEqualTo(swap.from());
        assertThat(swap.b().of(b)).isEqualTo(swap.to());
        assertThat(pair.divergentB().get(0).of(b)).isEqualTo("Traffic will be diverted.");
        assertThat(pair.passages().get(0).a().of(a)).isEqualTo(a);
        var root = new ObjectMapper().readTree(json);
        for (JsonNode src : root.path("sources")) {
            assertThat(src.path("words").asInt()).isEqualTo(Article.countWords(src.path("text").asText()));
        }
        assertThat(r.errors()).hasSize(1);
    }
}
