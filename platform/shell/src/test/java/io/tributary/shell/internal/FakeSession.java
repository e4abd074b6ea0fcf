package io.tributary.shell.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.console.Session;

/**
 * A Karaf session with given variables whose console answers {@code readLine} with lines typed in advance; a proxy,
 * because the interface is large and the commands use only those two methods.
 */
final class FakeSession {

    final Map<String, Object> variables = new HashMap<>();
    final Deque<String> typed = new ArrayDeque<>();
    final List<String> prompts = new ArrayList<>();
    final List<Character> masks = new ArrayList<>();
    IOException consoleFailure;

    static FakeSession of(String user) {
        FakeSession fake = new FakeSession();
        fake.variables.put("USER", user);
        return fake;
    }

    Session session() {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> answer(method, args));
    }

    private Object answer(Method method, Object[] args) throws IOException {
        switch (method.getName()) {
            case "get":
                return variables.get((String) args[0]);
            case "readLine":
                if (consoleFailure != null) {
                    throw consoleFailure;
                }
                prompts.add((String) args[0]);
                masks.add((Character) args[1]);
                return typed.poll();
            default:
                throw new UnsupportedOperationException(method.getName());
        }
    }
}
