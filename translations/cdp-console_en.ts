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
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1: %2</source>
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
        <source>Service:</source>
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
        <source>Look a user up first; then the timeline can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
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
</context>
</TS>
