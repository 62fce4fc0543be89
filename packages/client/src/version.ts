/** Name and version sent in the client identification header; a test keeps it equal to package.json. */
export const CLIENT_ID = "@identitycall/client/0.1.0";
