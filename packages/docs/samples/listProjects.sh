curl "https://api.identitycall.ai/api/v1/public/projects" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
