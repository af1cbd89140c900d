#pragma once

#include <QString>

namespace cdp::sandbox {

class HttpRouter;

// One emulated vendor API (User Profile API today; Algonomy RCDP, Carma and eSputnik later):
// it owns its wire format and registers its routes with the sandbox's router.
class ApiModule
{
public:
    virtual ~ApiModule() = default;

    virtual QString name() const = 0;
    virtual void registerRoutes(HttpRouter &router) = 0;
};

} // namespace cdp::sandbox
