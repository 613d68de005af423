package org.pathway.chassis.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RootDatabaseSpansDroppedTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @ParameterizedTest(name = "{0} {1} span with {2}: {3}")
    @CsvSource({
            // parent,      kind,     attribute,       decision
            "none,          CLIENT,   db.system,       DROP",
            "none,          CLIENT,   db.system.name,  DROP",
            "none,          CLIENT,   http.method,     RECORD_AND_SAMPLE",
            "none,          SERVER,   http.method,     RECORD_AND_SAMPLE",
            "none,          PRODUCER, db.system,       RECORD_AND_SAMPLE",
            "sampled,       CLIENT,   db.system,       RECORD_AND_SAMPLE",
            "sampled,       CONSUMER, db.system,       RECORD_AND_SAMPLE",
            "not-sampled,   CLIENT,   http.method,     DROP",
            "not-sampled,   SERVER,   http.method,     DROP",
    })
    void keepsEverySpanButADatabaseStatementThatStartsATrace(String parent, SpanKind kind, String attribute,
                                                             SamplingDecision decision) {
        assertThat(new RootDatabaseSpansDropped().shouldSample(context(parent), TRACE_ID, "span", kind,
                Attributes.builder().put(attribute, "postgresql").build(), List.of()).getDecision())
                .isEqualTo(decision);
    }

    private static Context context(String parent) {
        if (parent.equals("none")) {
            return Context.root();
        }
        TraceFlags flags = parent.equals("sampled") ? TraceFlags.getSampled() : TraceFlags.getDefault();
        return Context.root().with(Span.wrap(
                SpanContext.createFromRemoteParent(TRACE_ID, "00f067aa0ba902b7", flags, TraceState.getDefault())));
    }
}
