package org.policylens.cli;

import org.policylens.model.Level;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a level code (central, province, city, county). */
final class LevelConverter implements ITypeConverter<Level> {

    @Override
    public Level convert(String value) {
        try {
            return Level.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
