package dev.handbook.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * How templates see Java objects: strings, numbers, booleans and lists as themselves, and of any other object only the
 * components of records ({@code ${link.href}}). No other method, field or constructor is reachable, so a template can
 * show a view but call nothing (FreeMarker's default would expose every public method).
 */
final class ViewWrapper implements MemberAccessPolicy {

    private static final ClassMemberAccessPolicy COMPONENTS_ONLY = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            Class<?> type = method.getDeclaringClass();
            return type.isRecord() && method.getParameterCount() == 0
                    && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).anyMatch(method::equals);
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private ViewWrapper() {}

    static ObjectWrapper create() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setMemberAccessPolicy(new ViewWrapper());
        return builder.build();
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        return COMPONENTS_ONLY;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }
}
