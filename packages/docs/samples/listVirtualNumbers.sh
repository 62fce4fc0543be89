curl "https://api.identitycall.ai/api/v1/public/virtual_numbers" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
