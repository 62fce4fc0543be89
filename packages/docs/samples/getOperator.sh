curl "https://api.identitycall.ai/api/v1/public/operators/42" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
