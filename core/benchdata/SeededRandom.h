#pragma once

#include <QtGlobal>

namespace innoatlas {

/**
 * A fixed sequence of pseudo-random numbers for a seed (splitmix64), the same on every machine
 * and Qt version, so that a generated database is identical for the same seed.
 */
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /** A number in [0, bound); 0 when bound is not positive. */
    qint64 below(qint64 bound) { return bound > 0 ? qint64(next() % quint64(bound)) : 0; }
    /** A number in [from, to]. */
    qint64 between(qint64 from, qint64 to) { return from + below(to - from + 1); }

private:
    quint64 m_state;
};

} // namespace innoatlas
