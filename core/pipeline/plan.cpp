#include "pipeline/plan.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "pipeline/analysis.h"

namespace exo::pipeline {

ProductInfo describeProduct(const LoadedFile& file)
{
    ProductInfo p;
    p.path = file.path;
    p.meta = file.meta;
    p.pixelFile = file.isPixelFile();
    const std::vector<double>& t = file.tpf ? file.tpf->time : file.lc->time;
    double lo = INFINITY, hi = -INFINITY;
    for (double x : t)
        if (std::isfinite(x)) {
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
    p.tStart = lo;
    p.tStop = hi;
    return p;
}

std::string starKey(const Metadata& meta) { return meta.targetLabel(); }

bool naturalLess(const std::string& a, const std::string& b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = std::isdigit(static_cast<unsigned char>(a[i])) != 0;
        const bool db = std::isdigit(static_cast<unsigned char>(b[j])) != 0;
        if (da && db) {
            std::size_t i2 = i, j2 = j;
            while (i2 < a.size() && a[i2] == '0')
                ++i2;
            while (j2 < b.size() && b[j2] == '0')
                ++j2;
            std::size_t ie = i2, je = j2;
            while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie])))
                ++ie;
            while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je])))
                ++je;
            if (ie - i2 != je - j2)
                return ie - i2 < je - j2;  // fewer digits: smaller number
            const int c = a.compare(i2, ie - i2, b, j2, je - j2);
            if (c != 0)
                return c < 0;
            i = ie;
            j = je;
            continue;
        }
        const int ca = std::tolower(static_cast<unsigned char>(a[i]));
        const int cb = std::tolower(static_cast<unsigned char>(b[j]));
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

std::vector<StarGroup> groupStars(const std::vector<ProductInfo>& products)
{
    std::vector<StarGroup> groups;
    std::map<std::string, std::size_t> byKey;
    for (std::size_t i = 0; i < products.size(); ++i) {
        const std::string key = starKey(products[i].meta);
        auto [it, added] = byKey.emplace(key, groups.size());
        if (added)
            groups.push_back(StarGroup{key, {}, {}});
        StarGroup& g = groups[it->second];
        if (g.objectName.empty())
            g.objectName = products[i].meta.objectName;
        g.members.push_back(i);
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const StarGroup& x, const StarGroup& y) { return naturalLess(x.key, y.key); });
    return groups;
}

ProductChoice chooseProducts(const std::vector<ProductInfo>& products, long preferred)
{
    ProductChoice out;
    std::vector<std::size_t> order;
    if (preferred >= 0 && std::size_t(preferred) < products.size())
        order.push_back(std::size_t(preferred));
    for (std::size_t i = 0; i < products.size(); ++i)
        if (long(i) != preferred)
            order.push_back(i);
    for (std::size_t i : order) {
        const ProductInfo& p = products[i];
        if (!(p.tStart <= p.tStop)) {
            out.skipped.push_back({i, i});
            continue;
        }
        bool covered = false;
        for (std::size_t k : out.analysed) {
            const ProductInfo& q = products[k];
            if (p.tStart < q.tStop && q.tStart < p.tStop) {
                out.skipped.push_back({i, k});
                covered = true;
                break;
            }
        }
        if (!covered)
            out.analysed.push_back(i);
    }
    std::stable_sort(out.analysed.begin(), out.analysed.end(),
                     [&](std::size_t a, std::size_t b) { return products[a].tStart < products[b].tStart; });
    return out;
}

bool separatedByGaps(const std::vector<ProductInfo>& products, const std::vector<std::size_t>& timeOrder,
                     double gapDays)
{
    if (timeOrder.size() < 2)
        return false;
    for (std::size_t k = 0; k + 1 < timeOrder.size(); ++k)
        if (!(products[timeOrder[k + 1]].tStart - products[timeOrder[k]].tStop > gapDays))
            return false;
    return true;
}

}  // namespace exo::pipeline
