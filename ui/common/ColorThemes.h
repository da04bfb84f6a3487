#pragma once

#include <QString>

class QPalette;

namespace innoatlas {

/** The colour schemes of the program. */
enum class ColorTheme
{
    System, ///< the desktop's own style and palette
    Light,
    Dark,
    HighContrast ///< black, white and yellow with larger type, for projectors
};

/** Applies a colour theme to the whole application (palette, and type size for high contrast). */
class ColorThemes
{
public:
    static void apply(ColorTheme theme);
    static ColorTheme current();
    static QString name(ColorTheme theme);
    static ColorTheme parse(const QString &name);
    /** True when the palette's window is dark (text must be light). */
    static bool isDark(const QPalette &palette);
};

} // namespace innoatlas
