<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CarmaRules</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark; Carma would read it as part of the first Originalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line looks like a header row; a Carma file must start with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 3 fields: Originalid, Sku and itemPrice are mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 31 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandatory value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itemPrice must be a decimal number with a point, e.g. 20.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction Time must have the form yyyy-MM-dd HH:mm:ss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction Time is not a real date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No of Items must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total price must be a decimal number with a point, e.g. 41.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total price is not itemPrice times No of Items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has too many digits (at most 18, of which 9 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains a NUL byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains a carriage return, which would break the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strongly recommended value (Transaction Time, No of Items) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total price is given without No of Items and cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is in double quotes; Carma has no quoting and keeps them as data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value starts or ends with a blank, which Carma keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency is not a three-letter code such as SEK or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file ends inside a quoted value (opened on line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record starting on line %1 is larger than %2 bytes; is a quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceAnalysis</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request body can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ApiError</name>
    <message>
        <source>HTTP %1 — </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ApiReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::CarmaImports</name>
    <message>
        <source>Carma refused the API token (HTTP 401) while %1. Check the token of this connection (X-Carma-Authentication-Token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma refused access (HTTP 403) while %1: the token may not use this customer id. Check the customer id of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma found nothing at this address (HTTP 404) while %1. Check the base URL, customer id and list id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma rejected the request (HTTP %1) while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma rejected the request (HTTP %1) while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (while %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch status “%1” is not one of PENDING, IN_PROGRESS, FINISHED, ERROR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma does not accept a new import on this list yet (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma does not accept a new import on this list yet (HTTP 429): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma created the import but its answer has no import id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma accepted the data but its answer has no batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is sent as text/csv as the vendor documents; a proxy may have changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma knows no batch %1 for this customer (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma&apos;s answer for batch %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::CdpPurchases</name>
    <message>
        <source>%1 “%2” is not an amount: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>productQty “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orderDate “%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP answered with a JSON array instead of purchase data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches the given identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP answered with status “%1” and no explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP answered “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP&apos;s answer has no purchase data (“data” is missing or not an object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP&apos;s answer has no list of purchases (“dataList” is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dataList entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP refused the access token even after creating a new one. Check the tenant hash and OAuth key secret of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may not read purchases: the token was created without the productPurchased resource, or the tenant lacks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP has no productPurchased endpoint at this address. Check the connection&apos;s address (it usually ends in /rcdpapi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP rejected the lookup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP answered with an HTML page instead of purchase data (a proxy, login or error page?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP answered with an empty body instead of purchase data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP&apos;s answer is not the JSON object of purchase data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” has no valid CDP address; set one such as https://api-dev.algonomy.com/rcdpapi in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” has no tenant hash; add it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” has no token provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address, a mobile number, a gcrId or a customer code to look up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ConnectionProfile</name>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a base URL starting with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algonomy User Profile API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algonomy Real-time CDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma purchase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSputnik / Yespo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ConnectionStore</name>
    <message>
        <source>A connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the connection “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ConsoleSession</name>
    <message>
        <source>The Sandbox connection could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is set up yet; open Connections… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; does not exist any more; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is for %2; the Profile Timeline needs a User Profile API connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot; (%2); enter it in Connections….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but the secret was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret was entered or stored for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is selected; open Connections… to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox RCDP connection could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox eSputnik connection could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Algonomy Real-time CDP connection is set up yet; add one in Connections….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Algonomy Real-time CDP connection is usable; open Connections….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::CustomerKey</name>
    <message>
        <source>Enter an identifier to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of identifier this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 5 to 15 digits; this one has %n.</source>
        <translation>
            <numerusform>A mobile number has 5 to 15 digits; this one has %n.</numerusform>
            <numerusform>A mobile number has 5 to 15 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an e-mail address, a mobile number, a gcrId or a customer code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address contains no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>kind of customer identifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gcrId</source>
        <comment>golden customer record id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <comment>external customer code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess</source>
        <comment>confidence of identifier detection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <comment>confidence of identifier detection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certain</source>
        <comment>confidence of identifier detection</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::EsputnikEvents</name>
    <message>
        <source>The connection “%1” has no valid eSputnik API address; set one such as https://esputnik.com/api/ in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” has no API key; enter it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 contacts fit in one v1/contacts request (%2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 orders fit in one v1/orders request (%2 given).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::EsputnikSettings</name>
    <message>
        <source>The connection “%1” is not an eSputnik connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” needs the eSputnik API address, such as https://esputnik.com/api/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::EventComposer</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number in international format (an identifier of the contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address (an identifier of the contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your id of the order; later events of the order name it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your id of the customer who placed the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total with a point for decimals, e.g. 258.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INITIALIZED, IN_PROGRESS, DELIVERED, CANCELLED or ABANDONED_SHOPPING_CART.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the order was placed, ISO 8601 with a time zone, e.g. 2020-05-14T10:11:00+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter currency code, e.g. USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items of the order, sent as a JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items again as products, needed to show product data in an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your id of the order whose status changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the order with the status given; without every required parameter eSputnik ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates the order; a missing order is created when the orderCreated parameters are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the order&apos;s status to DELIVERED; ignored when the order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the order&apos;s status to CANCELLED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact viewed a page (a URL or a deep link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page as a JSON object: {&quot;location&quot;:&quot;https://…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact viewed a product card (price and availability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product as a JSON object: productId, price, quantity, isInStock, someProductProperty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact viewed a product category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category as a JSON object: {&quot;productCategoryId&quot;:&quot;Mugs&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact changed the items in the cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items in the cart (required when the cart is not empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart state id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new random id for every change of the cart; links cart events to the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; JSON was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: it contains the typographic quote “%1” at %2; use straight quotes (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: unexpected “%1” after the end of the %2 at %3; remove the extra characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON array ([…]).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::EventDraft</name>
    <message>
        <source>The request body is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has no eventTypeKey (a string such as &quot;orderCreated&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyValue must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not part of a v1/event body; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params must be an array of {&quot;name&quot;, &quot;value&quot;} objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 is not an object {&quot;name&quot;, &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is a JSON number; v1/event values are strings, so it will be sent as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is a JSON boolean; it will be sent as the string &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is nested JSON (a v2/event style); v1/event needs it serialised into a string, as it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of parameter %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event type (eventTypeKey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type is %1 characters long; eSputnik accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type contains spaces; eSputnik matches event types exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” differs from the known event type “%2” only in letter case; eSputnik would treat it as a different, custom event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyValue is empty: enter the contact&apos;s key, usually the e-mail address or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyValue is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyValue contains %1, which eSputnik does not allow (none of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyValue starts or ends with a blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter with the value “%1” has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter “%1” appears more than once; eSputnik may use either value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be spelt “%2”: eSputnik reads order parameters by their exact names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is required: without it eSputnik ignores the orderCreated event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1, this update is ignored if the order does not exist in eSputnik yet (a missing order is created only with the orderCreated parameters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products: this says the cart is now empty. Add the cart&apos;s items otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value looks like JSON but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts or ends with a blank; eSputnik compares values exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number in international format (digits only, e.g. 380501234567); eSputnik matches phone numbers exactly as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number with a point for decimals, such as 258.0 (not “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time in ISO 8601, such as 2020-05-14T10:11:00+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no time zone; eSputnik will read it in the account&apos;s zone. Add one, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the status in capitals: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an order status; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a three-letter currency code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items value is %1 It must be a JSON array of items, as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products value is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products must be a JSON array [ … ] or an object {&quot;array&quot;:[ … ]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item should be an object {&quot;externalItemId&quot;, …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item field “%1” is nested JSON; eSputnik keeps only one level, so it stays a string there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 value is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 object needs “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isInStock should be 1 (in stock) or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location “%1” is not a URL or deep link (scheme://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact identifier parameter (email, phone, contactKey …): eSputnik saves the event only when it can find the contact, by a default identifier or one configured for this event type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no product id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: quantity “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: price “%2” must be a number with a point for decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: discount “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items add up to %1, but totalCost is %2. Check the total (discounts, shipping?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is %1 KB; eSputnik&apos;s v2/event accepts at most 20 KB and very large v1 events may be refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ImportJob</name>
    <message>
        <source>The import has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has already been sent to Carma, which imports it whatever the console does; the console keeps following the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during the upload, before all data was sent; Carma discards an incomplete upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before any data was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ImportLedger</name>
    <message>
        <source>The import ledger in the workspace could not be written (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import ledger entry %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import that is still running cannot be removed from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import ledger entry could not be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ImportLedgerEntry</name>
    <message>
        <source>Journalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · customer %2 · list %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows processed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ImportLedgerModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
converted to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ImportProblemModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source row has fewer columns than the mapping uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value holds a semicolon, line break or NUL, which would break the Carma format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number in the chosen decimal style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number reads two ways while the decimal separator is undecided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date in an accepted format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date or time (for example 30 February or 24:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date reads two ways while the day/month order is undecided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ImportRuleCountModel</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ImportService</name>
    <message>
        <source>There is no Carma connection named “%1”, and no Carma connection at all; add one in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Carma connection named “%1” (Carma connections: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed while it was checked. Check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch id known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content was already imported to list %1 of customer %2 on %3 (ledger entry %4, import %5, %6, %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It was imported there %n time(s) in all.</source>
        <translation>
            <numerusform>It was imported there %n time in all.</numerusform>
            <numerusform>It was imported there %n times in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carma appends: importing it again doubles the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stopped before the upload began; nothing was imported. Start the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stopped before Carma named the import; nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount contains no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than one sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has an unbalanced parenthesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount names a currency both before and after the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code or symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount contains the unexpected character “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than one decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than %1 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit groups of the amount are irregular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has a group separator after its decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount mixes different group separators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::OAuth2ClientCredentials</name>
    <message>
        <source>The connection was closed before an access token arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL of this connection is missing or not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id of this connection is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of this connection is missing. Enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP client is available for the token request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service rejected the client id or secret of this connection. Check them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token could be obtained. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::OrderEventsService</name>
    <message>
        <source>Cannot read the purchase file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originalid, Sku and itemPrice are mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itemPrice “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No of Items “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total price “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction Time “%1” is not yyyy-MM-dd HH:mm:ss (an order event needs its date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3; the row is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase file “%1” has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable rows in “%1” (%2 skipped); see the problems listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile “%1” cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column mapping profile for the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the conversion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting “%1” with the mapping failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 (%3): %4; the row is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the purchase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eSputnik connection: add one in Connections (eSputnik / Yespo) to send events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox cannot be written (%1); sending stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has errors; fix them before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending through “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (will retry)</source>
        <translation>
            <numerusform>%n failed (will retry)</numerusform>
            <numerusform>%n failed (will retry)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed — need a decision</source>
        <translation>
            <numerusform>%n unconfirmed — need a decision</numerusform>
            <numerusform>%n unconfirmed — need a decision</numerusform>
        </translation>
    </message>
    <message>
        <source>A bulk run is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purchase file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an order event type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while reading; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n contact(s) first (v1/contacts) …</source>
        <translation>
            <numerusform>Uploading %n contact first (v1/contacts) …</numerusform>
            <numerusform>Uploading %n contacts first (v1/contacts) …</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n event(s) not yet sent were discarded.</source>
        <translation>
            <numerusform>Cancelled: %n event not yet sent were discarded.</numerusform>
            <numerusform>Cancelled: %n events not yet sent were discarded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled, but discarding the queued events failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSputnik refused the contacts upload (HTTP %1): %2. No events were queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts upload failed (%1); trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n order event(s) are in the outbox; sending …</source>
        <translation>
            <numerusform>All %n order event are in the outbox; sending …</numerusform>
            <numerusform>All %n order events are in the outbox; sending …</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing events in the outbox failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 of %2 order events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 delivered, %2 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed (need a decision).</source>
        <translation>
            <numerusform>%n unconfirmed (need a decision).</numerusform>
            <numerusform>%n unconfirmed (need a decision).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 delivered; %3 waiting, %4 failed (will retry), %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::OrderStateMachine</name>
    <message>
        <source>Initialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is already %1 (final); moving it to %2 rewrites its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An abandoned cart cannot be delivered without being ordered first (INITIALIZED or IN_PROGRESS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 goes backwards in the order&apos;s lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orderCreated lacks a required parameter or a valid status; eSputnik ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order already exists; orderCreated replaces it in eSputnik. Use orderUpdated to change an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order does not exist and the update lacks the orderCreated parameters; eSputnik ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an order status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such order (no orderCreated before it); eSputnik ignores %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::OutboxModel</name>
    <message>
        <source>Next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stopped while this event was being sent: it may or may not have arrived. Check in eSputnik, then confirm it, send it again or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (keyValue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::OutboxSender</name>
    <message>
        <source>eSputnik has no v1/event at this address (HTTP 404): check the connection&apos;s API address, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSputnik refused the API key (HTTP %1): check the connection&apos;s API key, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts; retry it by hand.</source>
        <translation>
            <numerusform>Gave up after %n attempts; retry it by hand.</numerusform>
            <numerusform>Gave up after %n attempts; retry it by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting until %1 after: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled while in flight; it may have reached eSputnik.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::OutboxStore</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed — check and decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stopped while this event was being sent; it may or may not have reached eSputnik (v1/event cannot be asked). Check in eSputnik, then confirm it as delivered or send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is not in a state that allows this (it may have changed meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulk run given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed as delivered by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ProfileEvent</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <comment>a click on a recommendation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <comment>the page the shopper came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verb / noun</source>
        <comment>a custom verb-noun event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ProfileFactsModel</name>
    <message>
        <source>Fact</source>
        <comment>a fact about the profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent RR user GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rrUserGuid last seen with this profile (for cookie synchronisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first event ever recorded; older events may have left the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the orders still in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::PurchasesModel</name>
    <message>
        <source>The page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <comment>order date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>quantity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit value</source>
        <comment>price of one item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <comment>price of the line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <comment>product image URL</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::RcdpSettings</name>
    <message>
        <source>The connection has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is missing or invalid; enter the B2B API URL with its prefix, e.g. https://api-dev.algonomy.com/rcdpapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant hash is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::RcdpTokenProvider</name>
    <message>
        <source>The connection was closed before an access token arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service answered with status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP address of this connection is missing or not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant hash of this connection is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP client is available for the token request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDP rejected the tenant hash or OAuth key secret of this connection. Check them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token could be created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token could be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::RenewingTokenProvider</name>
    <message>
        <source>The connection was closed before an access token arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <comment>HTTP method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>HTTP status code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ResponseText</name>
    <message>
        <source>HTML page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::SecretStore</name>
    <message>
        <source>OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only (%1): secrets are forgotten when the console closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDP_SECRET_BACKEND=memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring service answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring did not return what was stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>kind of profile event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>what the event is about: order id, item id, search term…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>money</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::TolerantJson</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::UserProfileSettings</name>
    <message>
        <source>The connection has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is missing or invalid; enter e.g. https://gateway.richrelevance.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::UserProfiles</name>
    <message>
        <source>The profile service answered without a user id, so the answer is not a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” has no valid base URL; set one such as https://gateway.richrelevance.com/ in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” has no API key; add the site&apos;s API key in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user id to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile exists for user id “%1”. Check the id and that the connection&apos;s API key belongs to the right site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile service answered with %1 instead of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::Workspace</name>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has schema version %1, newer than this program knows (%2); use a newer CDP Console or another workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::csv</name>
    <message>
        <source>Cannot write the rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponent notation is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands separators are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal comma instead of point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blanks or separators are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plus sign is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a decimal number with a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;;&apos; (the Carma delimiter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record is larger than 16 MiB; is a quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::csv::CarmaLineChecker</name>
    <message>
        <source>(limit: %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(itemPrice is “%1”): remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(itemPrice × No of Items is too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::csv::CarmaRowMapper</name>
    <message>
        <source>The value contains %1, which the Carma format cannot hold; the row is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date in any accepted format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date reads both day-first and month-first; choose the order in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number with a decimal comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number with a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number reads two ways; choose the decimal separator in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has %1 fields; column %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::csv::ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in &quot;%1&quot; have day-first and month-first values; choose the order, rows that do not fit it will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date in &quot;%1&quot; reads both as day/month and as month/day (e.g. %2); choose the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers in &quot;%1&quot; do not show whether &apos;,&apos; or &apos;.&apos; separates decimals (e.g. %2); choose the decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mandatory but has no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no source column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from column %2, but the source has %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constant for %1 contains &apos;;&apos;, a line break or NUL, which the Carma format cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Total price can be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computed total needs itemPrice and No of Items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count 1 is only for No of Items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;seed&quot; or &quot;newer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a Carma column 0-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is mapped twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a column index &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains &apos;;&apos;, a line break or NUL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::csv::Conversion</name>
    <message>
        <source>The mapping is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping needs a decision first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors; nothing was written. Fix them, or leave invalid rows out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the conversion stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::csv::ConversionContext</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::csv::MappingProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mapping: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mapping.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (letters, digits, blank, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::BackgroundProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::BulkSendDialog</name>
    <message>
        <source>Upload the contacts first (v1/contacts, up to 3000 a request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk Send Order Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase file: Carma format, or any CSV with a mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma purchase history (seed layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma purchase history (newer layout, with Invoice Id and Currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other CSV, through a saved mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping profile saved in the import wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status every order is sent with (purchase files hold delivered orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file&apos;s Currency column (newer layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC (Carma times are UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (e-mail, phone, else contact key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSputnik saves events only for contacts it knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send only the first orders of the file (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file and read it to see its orders, items and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Purchase File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options changed: read the file again to see what will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purchase file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 orders&lt;/b&gt; with &lt;b&gt;%2 items&lt;/b&gt; for &lt;b&gt;%3 contacts&lt;/b&gt;, from %4 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with errors are left out (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each order becomes one %1 event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Bulk Send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of this run that were not sent yet are discarded. Events already delivered stay delivered; failed or unconfirmed ones stay in the outbox for you to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued %1 of %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, will retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ConnectionsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Algonomy support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of the documented cURL example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shorter path the documentation also shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stays under this many requests per minute for this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keyring; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret: the connection cannot sign in without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and its stored secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. The token is valid for %1 (until %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the current connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret storage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service of the connection; chosen when the connection is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant_hash Algonomy issued for the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numeric customer id of the Carma account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sign-in check; the first request shows whether the credentials work (see the Request Log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth key se&amp;cret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The B2B API URL including its path prefix (e.g. /rcdpapi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stays under this many requests per minute for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST base without the customer id (…/rest/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API root including /api/ (e.g. https://yespo.io/api/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Carma-Authentication-Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key (the Basic-auth password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oauth_key_secret (empty when the tenant has no OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token: imports cannot be sent without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key: events cannot be sent without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::CustomerLookupPane</name>
    <message numerus="yes">
        <source>%1: %2 (%n purchase(s))</source>
        <translation>
            <numerusform>%1: %2 (%n purchase)</numerusform>
            <numerusform>%1: %2 (%n purchases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled; %Ln purchase(s) kept.</source>
        <translation>
            <numerusform>Loading cancelled; %Ln purchase kept.</numerusform>
            <numerusform>Loading cancelled; %Ln purchases kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading more purchases failed: %1 The %Ln purchase(s) loaded so far are kept; Retry continues where loading stopped.</source>
        <translation>
            <numerusform>Loading more purchases failed: %1 The purchase loaded so far is kept; Retry continues where loading stopped.</numerusform>
            <numerusform>Loading more purchases failed: %1 The %Ln purchases loaded so far are kept; Retry continues where loading stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) could not be read and are shown empty: %1</source>
        <translation>
            <numerusform>%n field could not be read and is shown empty: %1</numerusform>
            <numerusform>%n fields could not be read and are shown empty: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer %1: %Ln purchase(s).</source>
        <translation>
            <numerusform>Customer %1: %Ln purchase.</numerusform>
            <numerusform>Customer %1: %Ln purchases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln purchase(s) loaded.</source>
        <translation>
            <numerusform>The only purchase loaded.</numerusform>
            <numerusform>All %Ln purchases loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n line)</numerusform>
            <numerusform>%1 (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals of the %Ln shown purchase(s): %1</source>
        <translation>
            <numerusform>Total of the %Ln shown purchase: %1</numerusform>
            <numerusform>Totals of the %Ln shown purchases: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals of the %Ln purchase(s) loaded so far: %1</source>
        <translation>
            <numerusform>Total of the %Ln purchase loaded so far: %1</numerusform>
            <numerusform>Totals of the %Ln purchases loaded so far: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals of all %Ln purchase(s): %1</source>
        <translation>
            <numerusform>Total of the only purchase: %1</numerusform>
            <numerusform>Totals of all %Ln purchases: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln purchase(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln purchase loaded</numerusform>
            <numerusform>%1 of %Ln purchases loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase(s)</source>
        <translation>
            <numerusform>%Ln purchase</numerusform>
            <numerusform>%Ln purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln shown</source>
        <translation>
            <numerusform> · %Ln shown</numerusform>
            <numerusform> · %Ln shown</numerusform>
        </translation>
    </message>
    <message>
        <source>no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an e-mail, mobile number, gcrId or customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of identifier is guessed as you type and can be changed next to the field. The customer&apos;s purchases load page by page as you scroll; the chart shows their spend per month and their top products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter purchases (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every remaining page of this customer&apos;s purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RCDP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1 (not ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Lookup asks this Algonomy Real-time CDP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an identifier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 held %2 of the %3 purchases it promised; the answer may be incomplete. What arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 exists, but has no purchases recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a sum exceeded the largest representable amount and is capped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;All (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a customer up first; then the purchases can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Purchases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::EventComposerDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Request body&lt;/b&gt; — as it will be sent (%n byte(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Request body&lt;/b&gt; — as it will be sent (%n byte)</numerusform>
            <numerusform>&lt;b&gt;Request body&lt;/b&gt; — as it will be sent (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Request body&lt;/b&gt; — POST v1/event, exactly (%n byte(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Request body&lt;/b&gt; — POST v1/event, exactly (%n byte)</numerusform>
            <numerusform>&lt;b&gt;Request body&lt;/b&gt; — POST v1/event, exactly (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), items total %1</source>
        <translation>
            <numerusform>%n line, items total %1</numerusform>
            <numerusform>%n lines, items total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total not readable</source>
        <translation>
            <numerusform>%n line, total not readable</numerusform>
            <numerusform>%n lines, total not readable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: fix the %n error(s) listed first.</source>
        <translation>
            <numerusform>Not sent: fix the error listed first.</numerusform>
            <numerusform>Not sent: fix the %n errors listed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No time zone (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC%2%3:%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s key: e-mail, phone or contact key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSputnik files the event under this key. At most %1 characters, none of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;keyValue&lt;/b&gt; &lt;span style=&apos;color:#c0392b&apos;&gt;*&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as `items`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order events: the table goes into the `items` parameter as a JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No `products`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`products` as [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`products` as {&quot;array&quot;: [ … ]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`products` is needed to show product data in an e-mail; the seed shows both shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a complete v1/event request body. It is checked as you type; Send queues it as shown in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit in form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pasted body in the form (known event types only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the exact request body to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone the date is written with (ISO 8601 offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event type the console does not know: use the raw body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sent, from the loaded body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (sent as a JSON string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products in the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cart (no `products`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form knows the eight seed event types only; send this one from the raw tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body does not parse: fix the problems listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the pasted body into the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a request body to check and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a v1/event request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Request body&lt;/b&gt; — none: the pasted text does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw body of type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw body: the type is read from the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace: events cannot be queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event was just queued; change something to send another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the event in the outbox and send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events cannot be queued: no workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events go through the eSputnik connection “%1”. Each one is stored in the outbox first and sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are queued but not sent yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of event #%1: change something to send it as a new event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent again: this event is already queued as #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted body does not parse; nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: the event has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: the outbox could not store the event (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 as event #%2; follow it in the Order Events pane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::EventDetailsView</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event kind · subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), quantity %1, total %2</source>
        <translation>
            <numerusform>%n item, quantity %1, total %2</numerusform>
            <numerusform>%n items, quantity %1, total %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdp::ui::Format</name>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::IdentifierField</name>
    <message>
        <source>E-mail, mobile number, gcrId or customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of identifier; guessed from what you type, change it when the guess is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is guessed as you type; Enter looks the customer up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your choice) · sends %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: %1 (confidence: %2) · sends %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportConfirmPage</name>
    <message>
        <source>Import the same content again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload sends the file to Carma once; from then on there is no way back in this wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the import ledger), e.g. &quot;the first import was deleted in Carma&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the list id to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 rejected row(s) left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · customer %2 · list &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: import %2, batch %3, %4&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Already imported.&lt;/b&gt; %1&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know: import these %1 rows to list %2 again (Carma will hold them twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import ledger has no earlier import of this content to list %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportDetailsDialog</name>
    <message>
        <source>Poll &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed / affected / total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch start / end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started / updated / finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportFilePage</name>
    <message>
        <source>Choose the purchase export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any CSV export of purchases: a web shop&apos;s file with a header and commas, an ERP&apos;s Windows-1252 file with day-first dates, or a file already in Carma&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Drop a CSV file here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or type its path above, or choose it with Browse…&lt;/p&gt;&lt;p&gt;The file is only read: nothing is sent before the confirmation page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, modified %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Purchase Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportMappingPage</name>
    <message>
        <source>L&amp;oad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions only you can answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trim blanks at both ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a d&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns to Carma&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma wants 31 positional columns without a header: * mandatory, ** strongly recommended. The suggestions come from the column names and values; change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed layout (seed 001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer layout (Currency, Invoice Id, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns 6–30 are the custom columns Column2 … Column26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns 6–10 are Currency, Invoice Id, category, Item Name, Item Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed document&apos;s layout is the default; newer Carma accounts name columns 6–10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value → Carma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point (12.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal comma (12,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided — ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert offsets to UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text written on every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Constant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/&amp;month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file for the mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1 Go Back and Next to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data rows read; semicolons without a header look like Carma&apos;s own format, so column N goes to Carma field N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data rows read; suggestions from the column names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions made again for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1; e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: price × items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itemPrice × No of Items, exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 on every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per item bought (as in Olist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, comma → point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, separator ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date, day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date, month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date, order ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itemPrice × No of Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ no column %1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: choose the decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 is not a date in a known format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 is no real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: choose day or month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ← &quot;%2&quot;: the dates mix day-first and month-first values. Which order is right? Rows that do not fit it will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ← &quot;%2&quot;: every date reads both ways (e.g. %3). Which comes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ← &quot;%2&quot;: the numbers do not show which separator marks decimals (e.g. %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal comma: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;: %2 non-empty value(s), e.g.&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) above still need an answer.</source>
        <translation>
            <numerusform>%n question above still need an answer.</numerusform>
            <numerusform>%n questions above still need an answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the file has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: use letters, digits, blanks, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportPollPage</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two reads of the batch: at least %1 s; Carma recommends every 30 seconds or every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma is importing the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is read every poll interval until it is FINISHED or ERROR. You may close this window: polling goes on, and the Imports pane shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &lt;code&gt;%1&lt;/code&gt; · batch &lt;b&gt;%2&lt;/b&gt; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first read of the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed &lt;b&gt;%1&lt;/b&gt; · affected &lt;b&gt;%2&lt;/b&gt; · total &lt;b&gt;%3&lt;/b&gt; · started %4 · ended %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next read in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds the column &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding, delimiter and header row were detected from the start of the file. Change them if the table below does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to what was detected from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line number in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, %2, %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, byte order mark (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data rows in the start of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file, %1 column(s).</source>
        <translation>
            <numerusform>The first %n row of the file, %1 column.</numerusform>
            <numerusform>The first %n rows of the file, %1 columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows have fewer columns (%1 instead of %2): check the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one column: the delimiter is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stray quote(s): check the delimiter.</source>
        <translation>
            <numerusform>%n stray quote: check the delimiter.</numerusform>
            <numerusform>%n stray quotes: check the delimiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding changed from the detected %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportSummaryPage</name>
    <message>
        <source>Show in the &amp;Imports Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: Carma finished the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was delivered to Carma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import goes on in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed / affected / total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportTargetPage</name>
    <message>
        <source>Choose where the rows go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Carma connection (its customer id is part of every request) and the id of the list the purchase history belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma &amp;connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll the batch every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma appends: a file imported twice is imported twice. The next page checks the import ledger for this file and this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Carma connection yet: add one with Tools ▸ Connections… (kind &quot;Carma purchase history&quot;) and come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportUploadPage</name>
    <message>
        <source>Cancel the Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is journalled in the ledger before each request, and the file is streamed from disk. Cancel works until the last byte has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carma asks to wait %1 before a new import (%2). The console waits and then creates the import; nothing was sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was delivered to Carma.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportValidatePage</name>
    <message>
        <source>&amp;Export Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is converted and checked against every rule of Carma&apos;s format. Nothing is sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a rule to list only its problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problems by rule, field, value or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a problem to see its line in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be read from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written. Press Check Again to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file could not be converted.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; ready for Carma, &lt;b&gt;%3&lt;/b&gt; rejected, %4 with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total value %1; Carma file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table lists the first %1 of %2 problems; the counts are exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every row passed every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No row can be imported.&lt;/b&gt; Go back to the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the %1 rejected rows out and import the other %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row passed every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are ready for Carma in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading line %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rejected rows to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportWizard</name>
    <message>
        <source>Import Purchase History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ImportsPane</name>
    <message>
        <source>&amp;Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by file, hash, list, import or batch id, status (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only imports still uploading or being polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a purchase export into Carma (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select rows to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n import(s) shown</source>
        <translation>
            <numerusform>%1 of %n import shown</numerusform>
            <numerusform>%1 of %n imports shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in progress</source>
        <translation>
            <numerusform> · %n in progress</numerusform>
            <numerusform> · %n in progress</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Content &amp;Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Batch Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::KindFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>event kind and its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide %1 events (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows of the current table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look Up User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the current profile again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and test connections (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CDP Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection lookups go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A console for the operators of an online retailer: look up a customer in the Algonomy User Profile API and read their timeline.&lt;/p&gt;&lt;p&gt;Secrets: %3.&lt;br&gt;Workspace: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose an eSputnik event and send it through the outbox (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Purchase History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert, check and upload a purchase export to Carma (Ctrl+I); dropping a file on the window does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look Up &amp;Customer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::OrderEventsPane</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n event(s) again.</source>
        <translation>
            <numerusform>Queued %n event again.</numerusform>
            <numerusform>Queued %n events again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n event(s) again; others could not be: %1</source>
        <translation>
            <numerusform>Queued %n event again; others could not be: %1</numerusform>
            <numerusform>Queued %n events again; others could not be: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n Again</source>
        <translation>
            <numerusform>Send Again</numerusform>
            <numerusform>Send %n Again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n event(s)? They stay in the list as discarded and are never sent.</source>
        <translation>
            <numerusform>Discard this event? It stays in the list as discarded and is never sent.</numerusform>
            <numerusform>Discard %n events? They stay in the list as discarded and are never sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n event(s).</source>
        <translation>
            <numerusform>Discarded %n event.</numerusform>
            <numerusform>Discarded %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n event(s); others could not be: %1</source>
        <translation>
            <numerusform>Discarded %n event; others could not be: %1</numerusform>
            <numerusform>Discarded %n events; others could not be: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n event(s) as delivered.</source>
        <translation>
            <numerusform>Marked %n event as delivered.</numerusform>
            <numerusform>Marked %n events as delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s)</source>
        <translation>
            <numerusform>%1 — %n event</numerusform>
            <numerusform>%1 — %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n step(s) of this order are not valid order transitions; eSputnik does not refuse them, so check the order there.</source>
        <translation>
            <numerusform>⚠ %n step of this order is not a valid order transition; eSputnik does not refuse it, so check the order there.</numerusform>
            <numerusform>⚠ %n steps of this order are not valid order transitions; eSputnik does not refuse them, so check the order there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), every transition valid.</source>
        <translation>
            <numerusform>%n event, a valid start.</numerusform>
            <numerusform>%n events, every transition valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>NO ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose an eSputnik event and queue it (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the orders of a purchase file as events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop starting new requests (those in flight finish); events keep queueing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the selected failed, rejected or unconfirmed events again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected unconfirmed events as delivered after checking them in eSputnik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send the selected events (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by order, contact, event, state, HTTP status, server text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events in these states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an event to open a copy of it in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Request &amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Copy in the Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request body of event #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>externalOrderId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type an order id to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select rows to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Order Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select failed, rejected or unconfirmed events to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these events may already have reached eSputnik: the console stopped while they were being sent. Sending them again can deliver them twice. Check in eSputnik first if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSputnik rejected some of these events. Unless the cause is fixed on the server&apos;s side they will be rejected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select events that are not delivered or being sent to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace: the outbox is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSputnik connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order event in the table, or pick an order above, to see its history and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in eSputnik: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Once the pending events are delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of this order are in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey steps are not delivered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSputnik ignores this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::Pane</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select rows to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ProfileFactsPanel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a linked id to open that profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::PurchaseChartView</name>
    <message numerus="yes">
        <source>%n line(s) without a date are not in the monthly spend.</source>
        <translation>
            <numerusform>%n line without a date is not in the monthly spend.</numerusform>
            <numerusform>%n lines without a date are not in the monthly spend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an order value are not summed.</source>
        <translation>
            <numerusform>%n line without an order value is not summed.</numerusform>
            <numerusform>%n lines without an order value are not summed.</numerusform>
        </translation>
    </message>
    <message>
        <source>no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per month — no dated purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products by value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::RequestLogPane</name>
    <message>
        <source>&amp;Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by URL, status, outcome, message (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every logged request from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request log was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request log could not be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select rows to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 of %n request shown</numerusform>
            <numerusform>%1 of %n requests shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::ScreenshotRunner</name>
    <message>
        <source>Gave up after %1 s: the lookup did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user id to look up: pass --user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the lookup failed (%1); the screenshot shows the error state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n event(s) were still being sent.</source>
        <translation>
            <numerusform>Note: %n event was still being sent.</numerusform>
            <numerusform>Note: %n events were still being sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer to look up: pass --user IDENTIFIER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample events could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot; for --compose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::SessionStatusBar</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token valid for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expires at %1 and is renewed automatically before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token is requested with the next lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is requested with the first lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: token request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: token valid for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Algonomy Real-time CDP access token of %1 expires at %2 and is renewed automatically before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token is requested with the next customer lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is requested with the next customer lookup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdp::ui::TimelinePane</name>
    <message>
        <source>&amp;Look Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a user id and press Enter (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a user id and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline shows the customer&apos;s orders, item views, clicks, searches, category and brand views and cart adds, newest first, with their segments, attributes and linked ids at the side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a user id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n event(s) of %1.</source>
        <translation>
            <numerusform>Loaded %n event of %1.</numerusform>
            <numerusform>Loaded %n events of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup of &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Look a user up first; then the timeline can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Look up customer profiles and purchase data across marketing platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sandbox on a free local port and use its ready &quot;Sandbox&quot; connection: no account, no network. Uses a throw-away workspace unless --workspace is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace database at &lt;path&gt; (&quot;:memory:&quot; for a throw-away one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the connection called &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up &lt;id&gt; at start (--screenshot: default the sandbox&apos;s first sample user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pane &lt;name&gt;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window with demo data to &lt;file.png&gt; and exit (implies --demo; works with QT_QPA_PLATFORM=offscreen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown pane &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &quot;Import purchase history&quot; wizard with &lt;file&gt; at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: render the event composer with a sample &lt;type&gt; event (orderCreated, cartUpdated …) over the Order Events pane, or &quot;raw&quot; for the raw-body check of a malformed example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
