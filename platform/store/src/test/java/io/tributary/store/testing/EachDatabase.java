package io.tributary.store.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a test once on Derby and once on PostgreSQL, each time with a fresh fixture parameter that is closed (its
 * database dropped) afterwards. A fixture is any {@link AutoCloseable} class with a public
 * {@code static Fixture start(TestDatabase.Kind)}: each module brings its own services, this runs them on both.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EachDatabase.Provider.class)
public @interface EachDatabase {

    final class Provider implements TestTemplateInvocationContextProvider {

        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            return Stream.of(TestDatabase.Kind.values()).map(On::new);
        }
    }

    record On(TestDatabase.Kind kind) implements TestTemplateInvocationContext, ParameterResolver {

        @Override
        public String getDisplayName(int invocationIndex) {
            return "on " + kind.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return starter(parameter.getParameter().getType()) != null;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            try {
                AutoCloseable fixture = (AutoCloseable) starter(type).invoke(null, kind);
                context.getStore(ExtensionContext.Namespace.create(On.class, context.getUniqueId()))
                        .put(type.getName(), (ExtensionContext.Store.CloseableResource) fixture::close);
                return fixture;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw new IllegalStateException("Cannot start " + type.getSimpleName() + " on " + kind + ": "
                        + cause.getMessage(), cause);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(type.getName() + ".start is not accessible", e);
            }
        }

        /** The fixture's {@code start(TestDatabase.Kind)}, or null if the type is no fixture. */
        private static Method starter(Class<?> type) {
            if (!AutoCloseable.class.isAssignableFrom(type)) {
                return null;
            }
            try {
                Method start = type.getMethod("start", TestDatabase.Kind.class);
                return Modifier.isStatic(start.getModifiers()) && start.getReturnType() == type ? start : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }
}
