curl "https://api.identitycall.ai/api/v1/public/operators" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
