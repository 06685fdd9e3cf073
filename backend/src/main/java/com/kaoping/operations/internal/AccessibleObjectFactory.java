package com.kaoping.operations.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * MyBatis's object factory with each constructor made accessible once. Kaoping's row classes and records are
 * package-private; MyBatis's own factory calls their constructor, catches the {@link IllegalAccessException} that
 * the access check throws, makes it accessible and calls it again — for every row, so every row built an exception
 * with its stack trace: a third of what a task list page allocated (docs/scale.md, docs/benchmarks.md).
 */
class AccessibleObjectFactory extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;

    private final transient Map<Signature, Constructor<?>> constructors = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T create(Class<T> type, List<Class<?>> constructorArgTypes, List<Object> constructorArgs) {
        Class<?> target = resolveInterface(type);
        List<Class<?>> types = constructorArgTypes == null ? List.of() : List.copyOf(constructorArgTypes);
        Object[] args = constructorArgs == null ? new Object[0] : constructorArgs.toArray();
        Constructor<?> constructor = constructors.computeIfAbsent(new Signature(target, types), Signature::accessible);
        try {
            return (T) constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new ReflectionException("Error instantiating " + target + " with " + types + ": " + e, e);
        }
    }

    private record Signature(Class<?> type, List<Class<?>> argumentTypes) {
        Constructor<?> accessible() {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(argumentTypes.toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException | RuntimeException e) {
                throw new ReflectionException("No constructor of " + type + " takes " + argumentTypes + ": " + e, e);
            }
        }
    }
}
