#include "charts/ChartSpec.h"

namespace innoatlas {

bool ChartSpec::hasEstimates() const
{
    for (const ChartSeries &s : series) {
        for (const ChartValue &v : s.values) {
            if (v.estimated != 0)
                return true;
        }
    }
    return false;
}

bool ChartSpec::isEmpty() const
{
    for (const ChartSeries &s : series) {
        for (const ChartValue &v : s.values) {
            if (v.total() != 0)
                return false;
        }
    }
    return true;
}

qint64 ChartSpec::total() const
{
    qint64 sum = 0;
    for (const ChartSeries &s : series) {
        for (const ChartValue &v : s.values)
            sum += v.total();
    }
    return sum;
}

const ChartValue *ChartSpec::value(const QString &seriesKey, const QString &categoryKey) const
{
    for (const ChartSeries &s : series) {
        if (s.key != seriesKey)
            continue;
        for (int i = 0; i < categories.size() && i < s.values.size(); ++i) {
            if (categories.at(i).key == categoryKey)
                return &s.values.at(i);
        }
    }
    return nullptr;
}

} // namespace innoatlas
