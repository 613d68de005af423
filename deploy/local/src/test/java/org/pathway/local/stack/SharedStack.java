package org.pathway.local.stack;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One whole stack for every test class that extends with this and takes a {@link Stack} parameter (StackEndToEndTest,
 * then DrillEndToEndTest, whose faults come last): started by the first as `pathway demo` starts one ({@link EndToEndStack#start}), on the
 * default ports (or {@code PATHWAY_PORT_OFFSET}'s), run directory {@code target/e2e-run}; closed when the test run
 * ends (JUnit closes what its root store holds). A start costs about a minute of two cores, most of it Keycloak
 * (docs/performance.md, "Test suite time"). Each run of the simulator keeps to referral dates of its own, so every
 * class's cohorts are compared with their own ground truth however many ran before on the same stack. The classes
 * that share it run last, one after another ({@code junit-platform.properties} orders the classes by {@code @Order}),
 * so that the stack is not kept idle while other classes run. {@code -DskipE2E} skips them without starting it.
 */
public final class SharedStack implements ExecutionCondition, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Boolean.getBoolean("pathway.e2e.skip") ? ConditionEvaluationResult.disabled("skipped with -DskipE2E")
                : ConditionEvaluationResult.enabled("a whole stack");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Stack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Stack.class,
                key -> EndToEndStack.start("e2e-run", StackSettings.fromEnvironment(System.getenv())), Stack.class);
    }
}
