#pragma once
/// @file plan.h
/// Planning an analysis: which opened files belong to which star, and which
/// products of a star are analysed together. Pure functions, thread-safe.
///
/// The one-product-per-stretch rule: several products of one stretch of time
/// (a pixel file and its light curve, or the SPOC, K2SC and K2VARCAT versions of
/// one campaign) hold the same photons; stitching them would count every
/// transit two or three times. So each stretch of time is analysed from one
/// product: the preferred one (the user's selection) wins its stretch, then
/// products in the order given.

#include <string>
#include <vector>

#include "model/light_curve.h"

namespace exo::pipeline {

struct LoadedFile;

/// What planning needs to know of one opened product.
struct ProductInfo {
    std::string path;
    Metadata meta;
    double tStart = 0, tStop = 0;  ///< finite time span (mission days); tStart > tStop if none
    bool pixelFile = false;
};

/// Describe a loaded product.
ProductInfo describeProduct(const LoadedFile& file);

/// The star a product belongs to, e.g. "KIC 9002278" (Metadata::targetLabel()).
std::string starKey(const Metadata& meta);

/// Compare star labels in natural order ("KIC 10" after "KIC 9"; case-insensitive).
bool naturalLess(const std::string& a, const std::string& b);

/// One star and its products (indices into the input, in input order).
struct StarGroup {
    std::string key;         ///< starKey()
    std::string objectName;  ///< OBJECT keyword of the first product that has one
    std::vector<std::size_t> members;
};

/// Group products by star; stars in natural order of their key.
std::vector<StarGroup> groupStars(const std::vector<ProductInfo>& products);

/// A product left out because another covers its stretch of time.
struct SkippedProduct {
    std::size_t index = 0;      ///< into the input
    std::size_t coveredBy = 0;  ///< the analysed product it overlaps
};

struct ProductChoice {
    std::vector<std::size_t> analysed;  ///< indices, in time order
    std::vector<SkippedProduct> skipped;
};

/// Apply the one-product-per-stretch rule. `preferred` (an index, or -1 for none)
/// wins its stretch; then products in input order. Products without finite times
/// are skipped with coveredBy = their own index.
ProductChoice chooseProducts(const std::vector<ProductInfo>& products, long preferred = -1);

/// True when the analysed products (time order) are separated by more than
/// `gapDays`, so that no detrending window spans two files: each can then be
/// prepared on its own and the pieces joined (joinPrepared) with the same result.
bool separatedByGaps(const std::vector<ProductInfo>& products, const std::vector<std::size_t>& timeOrder,
                     double gapDays);

}  // namespace exo::pipeline
